import { Global, Module } from '@nestjs/common';
import { MAIL_QUEUE } from './mail-queue.js';
import { MailWorker } from './mail-worker.js';
import { OutboxController } from './outbox.controller.js';
import { OutboxService } from './outbox.service.js';

@Global()
@Module({
  controllers: [OutboxController],
  providers: [MailWorker, { provide: MAIL_QUEUE, useExisting: MailWorker }, OutboxService],
  exports: [OutboxService],
})
export class NotificationsModule {}
