import {
  Controller,
  Get,
  Header,
  HttpCode,
  Patch,
  Post,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  createParticipantSchema,
  duplicateCandidatesSchema,
  importReportSchema,
  type ImportReport,
  type Job,
  jobAcceptedSchema,
  type Language,
  listParticipantsQuerySchema,
  mergeParticipantsSchema,
  participantSchema,
  participantsPageSchema,
  updateParticipantSchema,
} from '@multaqa/contract';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { Roles } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { unprocessable } from '../common/errors/domain.exception.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { IdParam, ZodBody, ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import type { ImportFormat } from './import-table.js';
import { ParticipantsImportService } from './participants-import.service.js';
import { ParticipantsService } from './participants.service.js';
import { XLSX_TYPE } from '../common/http/download.js';

export function uploaded(req: Request): { file: Buffer; format: ImportFormat } {
  const type = req.headers['content-type'] ?? '';
  const format: ImportFormat | null = type.startsWith('text/csv')
    ? 'csv'
    : type.startsWith(XLSX_TYPE)
      ? 'xlsx'
      : null;
  if (!format || !Buffer.isBuffer(req.body) || req.body.length === 0)
    throw unprocessable('import_no_file');
  return { file: req.body, format };
}

/** A commit written at once answers 201 with its report; one left to a job, 202 with the job. */
export function importAnswer(
  res: Response,
  outcome: { report: ImportReport } | { job: Job },
): ImportReport | { job: Job } {
  if ('job' in outcome) {
    res.status(202);
    return outcome;
  }
  return outcome.report;
}

@ApiTags('participants')
@Controller('participants')
@Roles('admin', 'coordinator')
export class ParticipantsController {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly imports: ParticipantsImportService,
  ) {}

  @ApiOperation({ summary: 'List participants.' })
  @Get()
  @ZodResponse(200, participantsPageSchema)
  list(
    @ZodQuery(listParticipantsQuerySchema) query: z.output<typeof listParticipantsQuerySchema>,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() lang: Language,
  ) {
    return this.participants.list(query, user, lang);
  }

  @ApiOperation({ summary: 'Create a participant.' })
  @Post()
  @ZodResponse(201, participantSchema)
  create(
    @ZodBody(createParticipantSchema) body: z.output<typeof createParticipantSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.participants.create(body, user);
  }

  @ApiOperation({ summary: 'Download the spreadsheet template for importing participants.' })
  @Get('import/template.xlsx')
  @ApiProduces(XLSX_TYPE)
  @Header('Content-Type', XLSX_TYPE)
  @Header('Content-Disposition', 'attachment; filename="multaqa-participants-template.xlsx"')
  @ZodResponse(200)
  async template(@RequestLanguage() lang: Language) {
    return new StreamableFile(await this.imports.template(lang));
  }

  @ApiOperation({ summary: 'Check a participants spreadsheet before importing it.' })
  @Post('import/preview')
  @HttpCode(200)
  @ApiConsumes(XLSX_TYPE, 'text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ZodResponse(200, importReportSchema)
  preview(
    @Req() req: Request,
    @RequestLanguage() lang: Language,
    @CurrentUser() user: SessionUser,
  ) {
    const { file, format } = uploaded(req);
    return this.imports.preview(file, format, lang, user);
  }

  @ApiOperation({ summary: 'Import the valid rows of a participants spreadsheet.' })
  @Post('import/commit')
  @ApiConsumes(XLSX_TYPE, 'text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ZodResponse(201, importReportSchema)
  @ZodResponse(202, jobAcceptedSchema)
  async commit(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @RequestLanguage() lang: Language,
    @CurrentUser() user: SessionUser,
  ) {
    const { file, format } = uploaded(req);
    return importAnswer(res, await this.imports.commit(file, format, lang, user));
  }

  @ApiOperation({ summary: 'Read a participant.' })
  @Get(':id')
  @ZodResponse(200, participantSchema)
  get(@IdParam('participant') id: string, @CurrentUser() user: SessionUser) {
    return this.participants.get(id, user);
  }

  @ApiOperation({ summary: 'Change a participant.' })
  @Patch(':id')
  @ZodResponse(200, participantSchema)
  update(
    @IdParam('participant') id: string,
    @ZodBody(updateParticipantSchema) body: z.output<typeof updateParticipantSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.participants.update(id, body, user);
  }

  @ApiOperation({ summary: 'List the likely duplicates of a participant.' })
  @Get(':id/duplicates')
  @ZodResponse(200, duplicateCandidatesSchema)
  duplicates(@IdParam('participant') id: string, @CurrentUser() user: SessionUser) {
    return this.participants.duplicatesOf(id, user);
  }

  @ApiOperation({
    summary:
      'Merge a duplicate into a participant: registrations, attendance, certificates and answers follow (409 merge_two_valid_certificates when both hold a valid certificate for one event).',
  })
  @Post(':id/merge')
  @HttpCode(200)
  @ZodResponse(200, participantSchema)
  merge(
    @IdParam('participant') id: string,
    @ZodBody(mergeParticipantsSchema) body: z.output<typeof mergeParticipantsSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.participants.merge(id, body.duplicateIds, user);
  }
}
