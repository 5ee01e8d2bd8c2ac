import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createUserSchema,
  listUsersQuerySchema,
  staffListSchema,
  staffQuerySchema,
  updateUserSchema,
  userSchema,
  usersPageSchema,
} from '@multaqa/contract';
import type { z } from 'zod';
import { Roles } from '../common/auth/access.decorators.js';
import { IdParam, ZodBody, ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiOperation({ summary: 'List user accounts.' })
  @Get()
  @Roles('admin')
  @ZodResponse(200, usersPageSchema)
  list(@ZodQuery(listUsersQuerySchema) query: z.output<typeof listUsersQuerySchema>) {
    return this.users.list(query);
  }

  /** Names of trainers, coordinators and admins, for planning sessions; no emails. */
  @ApiOperation({ summary: 'List the names of trainers, coordinators and admins.' })
  @Get('staff')
  @Roles('admin', 'coordinator')
  @ZodResponse(200, staffListSchema)
  staff(@ZodQuery(staffQuerySchema) query: z.output<typeof staffQuerySchema>) {
    return this.users.staff(query);
  }

  @ApiOperation({ summary: 'Create a user account.' })
  @Post()
  @Roles('admin')
  @ZodResponse(201, userSchema)
  create(@ZodBody(createUserSchema) body: z.output<typeof createUserSchema>) {
    return this.users.create(body);
  }

  @ApiOperation({ summary: "Change a user account's details or roles." })
  @Patch(':id')
  @Roles('admin')
  @ZodResponse(200, userSchema)
  update(
    @IdParam('user') id: string,
    @ZodBody(updateUserSchema) body: z.output<typeof updateUserSchema>,
  ) {
    return this.users.update(id, body);
  }
}
