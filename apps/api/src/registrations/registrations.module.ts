import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module.js';
import {
  MyRegistrationsController,
  PublicRegistrationController,
  RegistrationConfirmationsController,
} from './public-registration.controller.js';
import { PublicRegistrationService } from './public-registration.service.js';
import { RegistrationConfirmations } from './registration-confirmations.service.js';
import { RegistrationDecisions } from './registration-decisions.service.js';
import { RegistrationFlow } from './registration-flow.js';
import { RegistrationsController } from './registrations.controller.js';
import { RegistrationsImportService } from './registrations-import.service.js';
import { RegistrationsService } from './registrations.service.js';

@Module({
  imports: [ParticipantsModule],
  controllers: [
    RegistrationsController,
    PublicRegistrationController,
    RegistrationConfirmationsController,
    MyRegistrationsController,
  ],
  providers: [
    RegistrationFlow,
    RegistrationsService,
    RegistrationsImportService,
    PublicRegistrationService,
    RegistrationConfirmations,
    RegistrationDecisions,
  ],
  exports: [RegistrationsService, PublicRegistrationService],
})
export class RegistrationsModule {}
