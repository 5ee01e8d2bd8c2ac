import { Module } from '@nestjs/common';
import { ParticipantsImportService } from './participants-import.service.js';
import { ParticipantsController } from './participants.controller.js';
import { ParticipantsService } from './participants.service.js';

@Module({
  controllers: [ParticipantsController],
  providers: [ParticipantsService, ParticipantsImportService],
  exports: [ParticipantsService, ParticipantsImportService],
})
export class ParticipantsModule {}
