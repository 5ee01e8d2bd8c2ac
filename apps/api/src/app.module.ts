import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from './auth/auth.module.js';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG, AppConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DemoSeedModule } from './database/seed/demo-seed.module.js';
import { HealthModule } from './health/health.module.js';
import { TrainingPackagesModule } from './training-packages/training-packages.module.js';
import { UsersModule } from './users/users.module.js';

@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          // Cookies carry session tokens; never write them to the log.
          redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
          autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
        },
      }),
    }),
    DatabaseModule,
    AuthModule,
    UsersModule,
    TrainingPackagesModule,
    HealthModule,
    DemoSeedModule,
  ],
})
export class AppModule {}
