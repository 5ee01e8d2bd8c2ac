import { Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createPackageSchema,
  type Language,
  listPackagesQuerySchema,
  reorderModulesSchema,
  trainingPackageSchema,
  trainingPackagesPageSchema,
  updatePackageSchema,
} from '@multaqa/contract';
import type { z } from 'zod';
import { Roles } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { IdParam, ZodBody, ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { TrainingPackagesService } from './training-packages.service.js';

const RESOURCE = 'training_package';

/** The curriculum is staff material: trainers read what is published, participants nothing. */
const PACKAGE_READERS = ['admin', 'coordinator', 'trainer'] as const;

@ApiTags('training-packages')
@Controller('training-packages')
export class TrainingPackagesController {
  constructor(private readonly packages: TrainingPackagesService) {}

  @ApiOperation({ summary: 'List training packages.' })
  @Get()
  @Roles(...PACKAGE_READERS)
  @ZodResponse(200, trainingPackagesPageSchema)
  list(
    @ZodQuery(listPackagesQuerySchema) query: z.output<typeof listPackagesQuerySchema>,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() lang: Language,
  ) {
    return this.packages.list(query, user, lang);
  }

  @ApiOperation({ summary: 'Create a training package.' })
  @Post()
  @Roles('admin', 'coordinator')
  @ZodResponse(201, trainingPackageSchema)
  create(
    @ZodBody(createPackageSchema) body: z.output<typeof createPackageSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.packages.create(body, user);
  }

  @ApiOperation({ summary: 'Read a training package with its modules.' })
  @Get(':id')
  @Roles(...PACKAGE_READERS)
  @ZodResponse(200, trainingPackageSchema)
  get(@IdParam(RESOURCE) id: string, @CurrentUser() user: SessionUser) {
    return this.packages.get(id, user);
  }

  @ApiOperation({ summary: 'Change a draft training package.' })
  @Patch(':id')
  @Roles('admin', 'coordinator')
  @ZodResponse(200, trainingPackageSchema)
  update(
    @IdParam(RESOURCE) id: string,
    @ZodBody(updatePackageSchema) body: z.output<typeof updatePackageSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.packages.update(id, body, user);
  }

  @ApiOperation({ summary: "Reorder a training package's modules." })
  @Put(':id/module-order')
  @Roles('admin', 'coordinator')
  @ZodResponse(200, trainingPackageSchema)
  reorder(
    @IdParam(RESOURCE) id: string,
    @ZodBody(reorderModulesSchema) body: z.output<typeof reorderModulesSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.packages.reorderModules(id, body.moduleIds, user);
  }

  @ApiOperation({ summary: 'Publish a training package.' })
  @Post(':id/publish')
  @HttpCode(200)
  @Roles('admin', 'coordinator')
  @ZodResponse(200, trainingPackageSchema)
  publish(@IdParam(RESOURCE) id: string, @CurrentUser() user: SessionUser) {
    return this.packages.publish(id, user);
  }

  @ApiOperation({ summary: 'Archive a training package.' })
  @Post(':id/archive')
  @HttpCode(200)
  @Roles('admin', 'coordinator')
  @ZodResponse(200, trainingPackageSchema)
  archive(@IdParam(RESOURCE) id: string, @CurrentUser() user: SessionUser) {
    return this.packages.archive(id, user);
  }

  @ApiOperation({ summary: 'Start a new draft version of a training package.' })
  @Post(':id/new-version')
  @Roles('admin', 'coordinator')
  @ZodResponse(201, trainingPackageSchema)
  newVersion(@IdParam(RESOURCE) id: string, @CurrentUser() user: SessionUser) {
    return this.packages.newVersion(id, user);
  }

  @ApiOperation({ summary: 'Delete a draft training package.' })
  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'coordinator')
  @ZodResponse(204)
  remove(@IdParam(RESOURCE) id: string) {
    return this.packages.remove(id);
  }
}
