import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { auditPageSchema, listAuditQuerySchema } from '@multaqa/contract';
import type { z } from 'zod';
import { Roles } from '../common/auth/access.decorators.js';
import { IdParam, ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { AuditService } from './audit.service.js';

type Query = z.output<typeof listAuditQuerySchema>;

/**
 * The history of an event and of a person, newest first. Admins only: the entries hold the
 * personal data of everyone the records touched.
 */
@ApiTags('audit')
@Controller()
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('events/:eventId/history')
  @ApiOperation({ summary: 'List the changes to an event and its records, newest first.' })
  @ZodResponse(200, auditPageSchema)
  forEvent(
    @IdParam('event', 'eventId') eventId: string,
    @ZodQuery(listAuditQuerySchema) query: Query,
  ) {
    return this.audit.forEvent(eventId, query);
  }

  @Get('participants/:participantId/history')
  @ApiOperation({
    summary: "List the changes to a person's record and registrations, newest first.",
  })
  @ZodResponse(200, auditPageSchema)
  forParticipant(
    @IdParam('participant', 'participantId') participantId: string,
    @ZodQuery(listAuditQuerySchema) query: Query,
  ) {
    return this.audit.forParticipant(participantId, query);
  }
}
