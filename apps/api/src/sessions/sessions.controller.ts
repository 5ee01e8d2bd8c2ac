import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createSessionSchema,
  generateSessionsSchema,
  sessionSchema,
  sessionsSchema,
  updateSessionSchema,
} from '@multaqa/contract';
import type { z } from 'zod';
import { Roles } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { IdParam, ZodBody, ZodResponse } from '../common/validation/decorators.js';
import { SessionsService } from './sessions.service.js';

@ApiTags('sessions')
@Controller('events/:eventId/sessions')
@Roles('admin', 'coordinator')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @ApiOperation({ summary: "List an event's sessions." })
  @Get()
  @ZodResponse(200, sessionsSchema)
  list(@IdParam('event', 'eventId') eventId: string, @CurrentUser() user: SessionUser) {
    return this.sessions.list(eventId, user);
  }

  @ApiOperation({ summary: 'Add a session to an event.' })
  @Post()
  @ZodResponse(201, sessionSchema)
  create(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(createSessionSchema) body: z.output<typeof createSessionSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.sessions.create(eventId, body, user);
  }

  @ApiOperation({ summary: "Generate an event's sessions from its training package." })
  @Post('generate')
  @ZodResponse(201, sessionsSchema)
  generate(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(generateSessionsSchema) body: z.output<typeof generateSessionsSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.sessions.generate(eventId, body, user);
  }

  @ApiOperation({ summary: 'Change a session.' })
  @Patch(':sessionId')
  @ZodResponse(200, sessionSchema)
  update(
    @IdParam('event', 'eventId') eventId: string,
    @IdParam('session', 'sessionId') sessionId: string,
    @ZodBody(updateSessionSchema) body: z.output<typeof updateSessionSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.sessions.update(eventId, sessionId, body, user);
  }

  @ApiOperation({ summary: 'Delete a session.' })
  @Delete(':sessionId')
  @HttpCode(204)
  @ZodResponse(204)
  remove(
    @IdParam('event', 'eventId') eventId: string,
    @IdParam('session', 'sessionId') sessionId: string,
    @CurrentUser() user: SessionUser,
  ) {
    return this.sessions.remove(eventId, sessionId, user);
  }
}
