import { Controller, Get, Header, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  type Language,
  listPublicEventsQuerySchema,
  publicEventSchema,
  publicEventsPageSchema,
} from '@multaqa/contract';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { Public } from '../common/auth/access.decorators.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { IdParam, ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { eventCalendar } from './event-calendar.js';
import { PublicEventsService } from './public-events.service.js';

@ApiTags('public')
@Controller('public/events')
@Public()
export class PublicEventsController {
  constructor(private readonly events: PublicEventsService) {}

  @ApiOperation({ summary: 'List the events open to the public.' })
  @Get()
  @Header('Cache-Control', 'public, max-age=60')
  @ZodResponse(200, publicEventsPageSchema)
  list(@ZodQuery(listPublicEventsQuerySchema) query: z.output<typeof listPublicEventsQuerySchema>) {
    return this.events.list(query);
  }

  @ApiOperation({ summary: 'Read a public event.' })
  @Get(':id')
  @Header('Cache-Control', 'public, max-age=60')
  @ZodResponse(200, publicEventSchema)
  get(@IdParam('event') id: string) {
    return this.events.get(id);
  }

  @ApiOperation({ summary: "Download a public event's programme as an iCalendar file." })
  @Get(':id/calendar.ics')
  @ApiProduces('text/calendar')
  @ZodResponse(200)
  async calendar(
    @IdParam('event') id: string,
    @RequestLanguage() lang: Language,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const event = await this.events.get(id);
    const url = `${req.protocol}://${req.get('host')}/e/${id}`;
    res
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="multaqa-${event.startDate}.ics"`)
      .send(eventCalendar(event, lang, url));
  }
}
