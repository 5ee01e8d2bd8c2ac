import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { jobSchema } from '@multaqa/contract';
import { SignedIn } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { IdParam, ZodResponse } from '../common/validation/decorators.js';
import { JobProgress } from './job-progress.service.js';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly progress: JobProgress) {}

  @Get(':id')
  @SignedIn()
  @ApiOperation({
    summary: 'Read the progress and result of a background job you started (admins: any job).',
  })
  @ZodResponse(200, jobSchema)
  get(@IdParam('job') id: string, @CurrentUser() user: SessionUser) {
    return this.progress.read(id, user);
  }
}
