import { Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { importAnswer, uploaded } from '../participants/participants.controller.js';
import {
  bulkRegistrationActionSchema,
  bulkResultSchema,
  createInvitationCodeSchema,
  importReportSchema,
  jobAcceptedSchema,
  invitationCodeSchema,
  invitationCodesSchema,
  type Language,
  listRegistrationsQuerySchema,
  multiLineText,
  nominateSchema,
  quotasOverviewSchema,
  registrationFormSchema,
  registrationSchema,
  registrationsPageSchema,
  setAsideSubmissionsSchema,
  setQuotasSchema,
} from '@multaqa/contract';
import { z } from 'zod';
import { Roles } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { IdParam, ZodBody, ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { RegistrationsImportService } from './registrations-import.service.js';
import { RegistrationsService } from './registrations.service.js';
import { SetAsideSubmissionsService } from './set-aside-submissions.service.js';
import { download, XLSX_TYPE } from '../common/http/download.js';

const cancelSchema = z.object({ reason: multiLineText().max(500).optional() }).strict();

/** A coordinator's registration desk for one event. */
@ApiTags('registrations')
@Controller('events/:eventId')
@Roles('admin', 'coordinator')
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly imports: RegistrationsImportService,
  ) {}

  @ApiOperation({ summary: "Read an event's registration form." })
  @Get('registration-form')
  @ZodResponse(200, registrationFormSchema)
  form(@IdParam('event', 'eventId') eventId: string, @CurrentUser() user: SessionUser) {
    return this.registrations.getForm(eventId, user);
  }

  @ApiOperation({ summary: "Replace an event's registration form." })
  @Put('registration-form')
  @ZodResponse(200, registrationFormSchema)
  setForm(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(registrationFormSchema) body: z.output<typeof registrationFormSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.registrations.setForm(eventId, body, user);
  }

  @ApiOperation({ summary: "Read an event's quotas." })
  @Get('quotas')
  @ZodResponse(200, quotasOverviewSchema)
  quotas(@IdParam('event', 'eventId') eventId: string, @CurrentUser() user: SessionUser) {
    return this.registrations.quotas(eventId, user);
  }

  @ApiOperation({ summary: "Replace an event's quotas." })
  @Put('quotas')
  @ZodResponse(200, quotasOverviewSchema)
  setQuotas(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(setQuotasSchema) body: z.output<typeof setQuotasSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.registrations.setQuotas(eventId, body, user);
  }

  @ApiOperation({ summary: "List an event's invitation codes." })
  @Get('invitation-codes')
  @ZodResponse(200, invitationCodesSchema)
  codes(@IdParam('event', 'eventId') eventId: string, @CurrentUser() user: SessionUser) {
    return this.registrations.codes(eventId, user);
  }

  @ApiOperation({ summary: 'Create an invitation code for an event.' })
  @Post('invitation-codes')
  @ZodResponse(201, invitationCodeSchema)
  createCode(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(createInvitationCodeSchema) body: z.output<typeof createInvitationCodeSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.registrations.createCode(eventId, body, user);
  }

  @ApiOperation({ summary: 'Revoke an invitation code.' })
  @Post('invitation-codes/:codeId/revoke')
  @HttpCode(200)
  @ZodResponse(200, invitationCodeSchema)
  revokeCode(
    @IdParam('event', 'eventId') eventId: string,
    @IdParam('invitation_code', 'codeId') codeId: string,
    @CurrentUser() user: SessionUser,
  ) {
    return this.registrations.revokeCode(eventId, codeId, user);
  }

  @ApiOperation({ summary: "List an event's registrations." })
  @Get('registrations')
  @ZodResponse(200, registrationsPageSchema)
  list(
    @IdParam('event', 'eventId') eventId: string,
    @ZodQuery(listRegistrationsQuerySchema) query: z.output<typeof listRegistrationsQuerySchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.registrations.list(eventId, query, user);
  }

  @ApiOperation({ summary: "Download an event's registrations as a spreadsheet." })
  @Get('registrations/export.xlsx')
  @ApiProduces(XLSX_TYPE)
  @ZodResponse(200)
  async export(
    @IdParam('event', 'eventId') eventId: string,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() lang: Language,
  ) {
    const { startDate, workbook } = await this.registrations.exportWorkbook(eventId, user, lang);
    return download(workbook, XLSX_TYPE, `registrations-${startDate}.xlsx`);
  }

  @ApiOperation({ summary: 'Register a participant for an event.' })
  @Post('registrations')
  @ZodResponse(201, registrationSchema)
  nominate(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(nominateSchema) body: z.output<typeof nominateSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.registrations.nominate(eventId, body, user);
  }

  @ApiOperation({
    summary: 'Import participants from a spreadsheet and register them for an event.',
  })
  @Post('registrations/import')
  @ApiConsumes(XLSX_TYPE, 'text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ZodResponse(201, importReportSchema)
  @ZodResponse(202, jobAcceptedSchema)
  async importInto(
    @IdParam('event', 'eventId') eventId: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() lang: Language,
  ) {
    const { file, format } = uploaded(req);
    return importAnswer(res, await this.imports.importInto(eventId, file, format, lang, user));
  }

  @ApiOperation({ summary: 'Change the status of several registrations at once.' })
  @Post('registrations/bulk')
  @HttpCode(200)
  @ZodResponse(200, bulkResultSchema)
  bulk(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(bulkRegistrationActionSchema) body: z.output<typeof bulkRegistrationActionSchema>,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() lang: Language,
  ) {
    return this.registrations.bulk(eventId, body, user, lang);
  }

  @ApiOperation({ summary: 'Cancel a registration.' })
  @Post('registrations/:registrationId/cancel')
  @HttpCode(200)
  @ZodResponse(200, registrationSchema)
  cancel(
    @IdParam('event', 'eventId') eventId: string,
    @IdParam('registration', 'registrationId') registrationId: string,
    @ZodBody(cancelSchema) body: z.output<typeof cancelSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.registrations.cancel(eventId, registrationId, body.reason ?? null, user);
  }
}

/** Public forms the worker could not decide, for staff to retry or dismiss. */
@ApiTags('registrations')
@Controller('events/:eventId/set-aside-submissions')
@Roles('admin', 'coordinator')
export class SetAsideSubmissionsController {
  constructor(private readonly setAside: SetAsideSubmissionsService) {}

  @ApiOperation({ summary: 'List the public registrations that could not be decided.' })
  @Get()
  @ZodResponse(200, setAsideSubmissionsSchema)
  list(
    @IdParam('event', 'eventId') eventId: string,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() lang: Language,
  ) {
    return this.setAside.list(eventId, user, lang);
  }

  @ApiOperation({ summary: 'Send a set-aside registration back to be decided.' })
  @Post(':submissionId/retry')
  @HttpCode(204)
  retry(
    @IdParam('event', 'eventId') eventId: string,
    @IdParam('set_aside_submission', 'submissionId') submissionId: string,
    @CurrentUser() user: SessionUser,
  ) {
    return this.setAside.retry(eventId, submissionId, user);
  }

  @ApiOperation({ summary: 'Dismiss a set-aside registration (the form is kept).' })
  @Post(':submissionId/dismiss')
  @HttpCode(204)
  dismiss(
    @IdParam('event', 'eventId') eventId: string,
    @IdParam('set_aside_submission', 'submissionId') submissionId: string,
    @CurrentUser() user: SessionUser,
  ) {
    return this.setAside.dismiss(eventId, submissionId, user);
  }
}
