import { Module } from '@nestjs/common';
import { PublicEventsController } from './public-events.controller.js';
import { PublicEventsCache } from './public-events-cache.js';
import { PublicEventsService } from './public-events.service.js';

@Module({
  controllers: [PublicEventsController],
  providers: [PublicEventsService, PublicEventsCache],
})
export class PublicEventsModule {}
