import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { type ConnectionTarget, dataSourceOptions } from './data-source-options.js';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { withStartupLock } from './startup-lock.js';

/** Resolves where the database is: DATABASE_URL, or an embedded PGlite started here. */
@Injectable()
export class DatabaseTarget implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private embedded?: EmbeddedPostgres;
  private target?: Promise<ConnectionTarget>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  resolve(): Promise<ConnectionTarget> {
    this.target ??= this.start();
    return this.target;
  }

  private async start(): Promise<ConnectionTarget> {
    if (this.config.DATABASE_URL) return { url: this.config.DATABASE_URL, poolSize: 10 };
    this.logger.log(
      `No DATABASE_URL: using embedded PostgreSQL (PGlite) in ${this.config.PGLITE_DATA_DIR}`,
    );
    this.embedded = await EmbeddedPostgres.start(this.config.PGLITE_DATA_DIR);
    return { url: this.embedded.url, poolSize: 1 };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.embedded?.stop();
  }
}

@Global()
@Module({ providers: [DatabaseTarget], exports: [DatabaseTarget] })
class DatabaseTargetModule {}

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      imports: [DatabaseTargetModule],
      inject: [DatabaseTarget],
      useFactory: async (target: DatabaseTarget) => dataSourceOptions(await target.resolve()),
      // Pending migrations are applied at every start, by one process at a time; the schema
      // never comes from entities.
      dataSourceFactory: async (options) => {
        const db = await new DataSource(options!).initialize();
        await withStartupLock(db, 'migrations', () => db.runMigrations());
        return db;
      },
    }),
  ],
})
export class DatabaseModule {}
