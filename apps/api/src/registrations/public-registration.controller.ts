import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  myRegistrationSchema,
  myRegistrationsSchema,
  publicRegistrationFormSchema,
  publicRegistrationSchema,
} from '@multaqa/contract';
import type { Response } from 'express';
import type { z } from 'zod';
import { Public, SignedIn } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { IdParam, ZodBody, ZodResponse } from '../common/validation/decorators.js';
import { PublicRegistrationService } from './public-registration.service.js';

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

  /** 201 for a new registration; 200 with the same answer when the form is submitted again. */
  @ApiOperation({ summary: 'Register for a public event.' })
  @Post('registrations')
  @ZodResponse(201, myRegistrationSchema)
  async register(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(publicRegistrationSchema) body: z.output<typeof publicRegistrationSchema>,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { repeated, ...registration } = await this.registrations.register(eventId, body);
    if (repeated) res.status(200);
    return registration;
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
