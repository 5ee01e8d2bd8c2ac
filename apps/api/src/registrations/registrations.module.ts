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
import {
  RegistrationsController,
  SetAsideSubmissionsController,
} from './registrations.controller.js';
import { RegistrationsImportService } from './registrations-import.service.js';
import { RegistrationsService } from './registrations.service.js';
import { SetAsideSubmissionsService } from './set-aside-submissions.service.js';

@Module({
  imports: [ParticipantsModule],
  controllers: [
    RegistrationsController,
    SetAsideSubmissionsController,
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
    SetAsideSubmissionsService,
  ],
  exports: [RegistrationsService, PublicRegistrationService],
})
export class RegistrationsModule {}
