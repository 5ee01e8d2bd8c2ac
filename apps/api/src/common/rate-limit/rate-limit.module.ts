import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AnonymousReadGuard } from './anonymous-read.guard.js';
import { AnonymousWriteGuard } from './anonymous-write.guard.js';
import { RateLimitService } from './rate-limit.service.js';

@Global()
@Module({
  providers: [
    RateLimitService,
    { provide: APP_GUARD, useClass: AnonymousWriteGuard },
    { provide: APP_GUARD, useClass: AnonymousReadGuard },
  ],
  exports: [RateLimitService],
})
export class RateLimitModule {}
