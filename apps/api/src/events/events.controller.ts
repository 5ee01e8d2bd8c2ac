import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  copyEventSchema,
  createEventSchema,
  eventSchema,
  eventsPageSchema,
  eventTransitionSchema,
  type Language,
  listEventsQuerySchema,
  updateEventSchema,
} from '@multaqa/contract';
import type { z } from 'zod';
import { Roles } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { IdParam, ZodBody, ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { EventsService } from './events.service.js';

/** Coordinators plan events; each sees only the events they coordinate, admins see all. */
@ApiTags('events')
@Controller('events')
@Roles('admin', 'coordinator')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @ApiOperation({ summary: 'List events.' })
  @Get()
  @ZodResponse(200, eventsPageSchema)
  list(
    @ZodQuery(listEventsQuerySchema) query: z.output<typeof listEventsQuerySchema>,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() lang: Language,
  ) {
    return this.events.list(query, user, lang);
  }

  @ApiOperation({ summary: 'Create an event.' })
  @Post()
  @ZodResponse(201, eventSchema)
  create(
    @ZodBody(createEventSchema) body: z.output<typeof createEventSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.events.create(body, user);
  }

  @ApiOperation({ summary: 'Read an event.' })
  @Get(':id')
  @ZodResponse(200, eventSchema)
  get(@IdParam('event') id: string, @CurrentUser() user: SessionUser) {
    return this.events.get(id, user);
  }

  @ApiOperation({ summary: 'Change an event.' })
  @Patch(':id')
  @ZodResponse(200, eventSchema)
  update(
    @IdParam('event') id: string,
    @ZodBody(updateEventSchema) body: z.output<typeof updateEventSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.events.update(id, body, user);
  }

  @ApiOperation({ summary: 'Move an event to another status.' })
  @Post(':id/transitions')
  @ZodResponse(201, eventSchema)
  transition(
    @IdParam('event') id: string,
    @ZodBody(eventTransitionSchema) body: z.output<typeof eventTransitionSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.events.transition(id, body.to, body.reason, user);
  }

  @ApiOperation({ summary: 'Copy an event as a new draft.' })
  @Post(':id/copy')
  @ZodResponse(201, eventSchema)
  copy(
    @IdParam('event') id: string,
    @ZodBody(copyEventSchema) body: z.output<typeof copyEventSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.events.copy(id, body.startDate, user);
  }
}
