import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { type AppConfig, CONFIG_KEYS, validateEnv } from './app-config.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The typed configuration, injected as `@Inject(APP_CONFIG) config: AppConfig`. */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ ignoreEnvFile: true, validate: validateEnv })],
  providers: [
    {
      provide: APP_CONFIG,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>): AppConfig =>
        Object.fromEntries(
          CONFIG_KEYS.map((key) => [key, config.get(key, { infer: true })]),
        ) as AppConfig,
    },
  ],
  exports: [APP_CONFIG],
})
export class AppConfigModule {}
