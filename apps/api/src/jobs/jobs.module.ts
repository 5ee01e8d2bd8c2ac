import { Global, Module } from '@nestjs/common';
import { JobProgress } from './job-progress.service.js';
import { JobsController } from './jobs.controller.js';
import { JobsService } from './jobs.service.js';

/** Background work for the whole app: pg-boss, named queues, and the `jobs` progress table. */
@Global()
@Module({
  controllers: [JobsController],
  providers: [JobsService, JobProgress],
  exports: [JobsService, JobProgress],
})
export class JobsModule {}
