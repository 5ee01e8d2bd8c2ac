import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createInstitutionSchema,
  institutionSchema,
  institutionsPageSchema,
  type Language,
  listInstitutionsQuerySchema,
  updateInstitutionSchema,
} from '@multaqa/contract';
import type { z } from 'zod';
import { Roles, SignedIn } from '../common/auth/access.decorators.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { IdParam, ZodBody, ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { InstitutionsService } from './institutions.service.js';

@ApiTags('institutions')
@Controller('institutions')
export class InstitutionsController {
  constructor(private readonly institutions: InstitutionsService) {}

  @ApiOperation({ summary: 'List institutions.' })
  @Get()
  @SignedIn()
  @ZodResponse(200, institutionsPageSchema)
  list(
    @ZodQuery(listInstitutionsQuerySchema) query: z.output<typeof listInstitutionsQuerySchema>,
    @RequestLanguage() lang: Language,
  ) {
    return this.institutions.list(query, lang);
  }

  @ApiOperation({ summary: 'Read an institution.' })
  @Get(':id')
  @SignedIn()
  @ZodResponse(200, institutionSchema)
  get(@IdParam('institution') id: string) {
    return this.institutions.get(id);
  }

  @ApiOperation({ summary: 'Create an institution.' })
  @Post()
  @Roles('admin', 'coordinator')
  @ZodResponse(201, institutionSchema)
  create(@ZodBody(createInstitutionSchema) body: z.output<typeof createInstitutionSchema>) {
    return this.institutions.create(body);
  }

  @ApiOperation({ summary: 'Change an institution.' })
  @Patch(':id')
  @Roles('admin', 'coordinator')
  @ZodResponse(200, institutionSchema)
  update(
    @IdParam('institution') id: string,
    @ZodBody(updateInstitutionSchema) body: z.output<typeof updateInstitutionSchema>,
  ) {
    return this.institutions.update(id, body);
  }
}
