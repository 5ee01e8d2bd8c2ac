import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module.js';
import {
  MyRegistrationsController,
  PublicRegistrationController,
} from './public-registration.controller.js';
import { PublicRegistrationService } from './public-registration.service.js';
import { RegistrationFlow } from './registration-flow.js';
import { RegistrationsController } from './registrations.controller.js';
import { RegistrationsImportService } from './registrations-import.service.js';
import { RegistrationsService } from './registrations.service.js';

@Module({
  imports: [ParticipantsModule],
  controllers: [RegistrationsController, PublicRegistrationController, MyRegistrationsController],
  providers: [
    RegistrationFlow,
    RegistrationsService,
    RegistrationsImportService,
    PublicRegistrationService,
  ],
  exports: [RegistrationsService, PublicRegistrationService],
})
export class RegistrationsModule {}
