import { Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module.js';
import { AppConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DemoSeedModule } from './database/seed/demo-seed.module.js';
import { HealthModule } from './health/health.module.js';
import { TrainingPackagesModule } from './training-packages/training-packages.module.js';
import { UsersModule } from './users/users.module.js';

@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    AuthModule,
    UsersModule,
    TrainingPackagesModule,
    HealthModule,
    DemoSeedModule,
  ],
})
export class AppModule {}
