import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Language,
  listPublicInstitutionsQuerySchema,
  publicInstitutionsSchema,
} from '@multaqa/contract';
import type { z } from 'zod';
import { Public } from '../common/auth/access.decorators.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { InstitutionsService } from './institutions.service.js';

/** The public registration form's institution picker. */
@ApiTags('public')
@Controller('public/institutions')
@Public()
export class PublicInstitutionsController {
  constructor(private readonly institutions: InstitutionsService) {}

  @ApiOperation({ summary: "List a country's institutions for the public registration form." })
  @Get()
  @Header('Cache-Control', 'public, max-age=300')
  @ZodResponse(200, publicInstitutionsSchema)
  list(
    @ZodQuery(listPublicInstitutionsQuerySchema)
    query: z.output<typeof listPublicInstitutionsQuerySchema>,
    @RequestLanguage() lang: Language,
  ) {
    return this.institutions.publicList(query.country, query.q, lang);
  }
}
