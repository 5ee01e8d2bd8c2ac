import { Module } from '@nestjs/common';
import { TrainingPackagesModule } from '../../training-packages/training-packages.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [TrainingPackagesModule], providers: [DemoSeedService] })
export class DemoSeedModule {}
