import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  confirmRegistrationSchema,
  myRegistrationSchema,
  myRegistrationsSchema,
  publicRegistrationFormSchema,
  publicRegistrationReceiptSchema,
  publicRegistrationSchema,
  registrationConfirmedSchema,
} from '@multaqa/contract';
import type { z } from 'zod';
import { Public, SignedIn } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { ChallengeWhenBusy } from '../common/rate-limit/rate-limit.decorators.js';
import { IdParam, ZodBody, ZodResponse } from '../common/validation/decorators.js';
import { PublicRegistrationService } from './public-registration.service.js';
import { RegistrationConfirmations } from './registration-confirmations.service.js';

@ApiTags('public')
@Controller('public/events/:eventId')
@Public()
export class PublicRegistrationController {
  constructor(private readonly registrations: PublicRegistrationService) {}

  @ApiOperation({ summary: "Read a public event's registration form." })
  @Get('registration-form')
  @ZodResponse(200, publicRegistrationFormSchema)
  form(@IdParam('event', 'eventId') eventId: string) {
    return this.registrations.form(eventId);
  }

  /**
   * 202 "check your mailbox", the same for a new address, one with an account, one already
   * registered and a repeated submit: the email says which it was.
   */
  @ApiOperation({ summary: 'Register for a public event.' })
  @Post('registrations')
  @ChallengeWhenBusy()
  @HttpCode(202)
  @ZodResponse(202, publicRegistrationReceiptSchema)
  register(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(publicRegistrationSchema) body: z.output<typeof publicRegistrationSchema>,
  ) {
    return this.registrations.register(eventId, body);
  }
}

/** The link in the public form's email. */
@ApiTags('public')
@Controller('public/registration-confirmations')
@Public()
export class RegistrationConfirmationsController {
  constructor(private readonly confirmations: RegistrationConfirmations) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a public registration from the link in its email.' })
  @ZodResponse(200, registrationConfirmedSchema)
  confirm(@ZodBody(confirmRegistrationSchema) body: z.output<typeof confirmRegistrationSchema>) {
    return this.confirmations.confirm(body.token);
  }
}

/** The participant's own registrations. */
@ApiTags('me')
@Controller('me/registrations')
@SignedIn()
export class MyRegistrationsController {
  constructor(private readonly registrations: PublicRegistrationService) {}

  @ApiOperation({ summary: "List the signed-in user's own registrations." })
  @Get()
  @ZodResponse(200, myRegistrationsSchema)
  list(@CurrentUser() user: SessionUser) {
    return this.registrations.mine(user);
  }

  @ApiOperation({ summary: 'Cancel one of your own registrations.' })
  @Post(':registrationId/cancel')
  @HttpCode(200)
  @ZodResponse(200, myRegistrationSchema)
  cancel(@IdParam('registration', 'registrationId') id: string, @CurrentUser() user: SessionUser) {
    return this.registrations.cancelMine(user, id);
  }
}
