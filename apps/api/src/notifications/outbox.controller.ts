import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  emailMessageSchema,
  emailMessagesPageSchema,
  listEmailsQuerySchema,
} from '@multaqa/contract';
import type { z } from 'zod';
import { Roles } from '../common/auth/access.decorators.js';
import { IdParam, ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { OutboxService } from './outbox.service.js';

/** Admins read every message the system sent or holds, and retry failed ones. */
@ApiTags('outbox')
@Controller('outbox')
@Roles('admin')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  @ApiOperation({ summary: 'List the outgoing emails and their delivery state.' })
  @Get()
  @ZodResponse(200, emailMessagesPageSchema)
  list(@ZodQuery(listEmailsQuerySchema) query: z.output<typeof listEmailsQuerySchema>) {
    return this.outbox.list(query);
  }

  @ApiOperation({ summary: 'Read one outgoing email.' })
  @Get(':id')
  @ZodResponse(200, emailMessageSchema)
  get(@IdParam('email') id: string) {
    return this.outbox.get(id);
  }

  @ApiOperation({ summary: 'Send a failed email again.' })
  @Post(':id/retry')
  @ZodResponse(201, emailMessageSchema)
  retry(@IdParam('email') id: string) {
    return this.outbox.retry(id);
  }
}
