import { Module } from '@nestjs/common';
import { TrainingPackagesController } from './training-packages.controller.js';
import { TrainingPackagesService } from './training-packages.service.js';

@Module({
  controllers: [TrainingPackagesController],
  providers: [TrainingPackagesService],
  exports: [TrainingPackagesService],
})
export class TrainingPackagesModule {}
