import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditActorSubscriber } from './audit-actor.subscriber.js';
import { AuditScopeInterceptor } from './audit-context.js';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';

/** Who changed what: the request's actor handed to the database, and the history routes. */
@Module({
  controllers: [AuditController],
  providers: [
    AuditService,
    AuditActorSubscriber,
    { provide: APP_INTERCEPTOR, useClass: AuditScopeInterceptor },
  ],
})
export class AuditModule {}
