import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  badgeRevocationListSchema,
  badgeSheetQuerySchema,
  badgeSchema,
  badgesSchema,
  type Language,
  reissueBadgeSchema,
} from '@multaqa/contract';
import type { z } from 'zod';
import { Roles } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { unprocessable } from '../common/errors/domain.exception.js';
import { download, PDF_TYPE } from '../common/http/download.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { IdParam, ZodBody, ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { renderBadgeSheet } from '../documents/index.js';
import { BadgesService } from './badges.service.js';

@ApiTags('badges')
@Controller('events/:eventId')
export class BadgesController {
  constructor(private readonly badges: BadgesService) {}

  @ApiOperation({ summary: "List an event's badges, issuing the missing ones." })
  @Get('badges')
  @Roles('admin', 'coordinator')
  @ZodResponse(200, badgesSchema)
  list(@IdParam('event', 'eventId') eventId: string, @CurrentUser() user: SessionUser) {
    return this.badges.list(eventId, user);
  }

  @ApiOperation({ summary: 'Badges to print as a PDF: one, a selection or all, in a layout.' })
  @Get('badges.pdf')
  @Roles('admin', 'coordinator')
  @ApiProduces(PDF_TYPE)
  @ZodResponse(200)
  async sheet(
    @IdParam('event', 'eventId') eventId: string,
    @ZodQuery(badgeSheetQuerySchema) query: z.output<typeof badgeSheetQuerySchema>,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() language: Language,
  ) {
    const cards = await this.badges.cardsFor(eventId, user, {
      registrationIds: query.registrationIds,
      includeStaff: query.includeStaff,
      language,
    });
    if (cards.length === 0) throw unprocessable('no_badges');
    return download(
      await renderBadgeSheet({ layout: query.layout, language, cards }),
      PDF_TYPE,
      `badges-${query.layout}.pdf`,
    );
  }

  @ApiOperation({ summary: "The event's revoked badges, which scanners refuse even offline." })
  @Get('badges/revoked')
  @Roles('admin', 'coordinator', 'trainer', 'door_staff')
  @ZodResponse(200, badgeRevocationListSchema)
  revoked(@IdParam('event', 'eventId') eventId: string, @CurrentUser() user: SessionUser) {
    return this.badges.revocationList(eventId, user);
  }

  @ApiOperation({
    summary: "Replace a registration's badge (lost or damaged); the old one is revoked.",
  })
  @Post('registrations/:registrationId/badge')
  @Roles('admin', 'coordinator')
  @ZodResponse(201, badgeSchema)
  reissue(
    @IdParam('event', 'eventId') eventId: string,
    @IdParam('registration', 'registrationId') registrationId: string,
    @ZodBody(reissueBadgeSchema) body: z.output<typeof reissueBadgeSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.badges.reissue(eventId, registrationId, body.reason, user);
  }
}
