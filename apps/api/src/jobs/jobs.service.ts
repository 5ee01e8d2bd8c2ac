import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { pgPool } from '../database/pool.js';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { withStartupLock } from '../database/startup-lock.js';

export interface QueueDefinition<T extends object> {
  name: string;
  /** Retries, backoff, expiry: pg-boss's own queue settings. */
  queue?: Omit<PgBoss.Queue, 'name'>;
  work?: PgBoss.WorkOptions;
  handler: (jobs: PgBoss.JobWithMetadata<T>[]) => Promise<void>;
}

/**
 * The one pg-boss of the app: modules register their named queues (in their constructor or
 * onModuleInit), and the boss starts them once the application has booted. On PostgreSQL it
 * gets a small pool of its own, so a burst of queue polling never starves requests; on PGlite,
 * which serves a single connection, it runs its SQL through TypeORM's pool instead.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly definitions: QueueDefinition<object>[] = [];
  private boss?: PgBoss;
  /** Handlers running now: a job fetched as the boss stops still runs to its end. */
  private running = 0;
  private markReady!: (boss: PgBoss) => void;
  private readonly ready = new Promise<PgBoss>((resolve) => (this.markReady = resolve));

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register<T extends object>(definition: QueueDefinition<T>): void {
    this.definitions.push(definition as QueueDefinition<object>);
    if (this.boss) void this.startQueue(this.boss, definition as QueueDefinition<object>);
  }

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss({
      ...this.connection(),
      schema: 'pgboss',
      supervise: true,
      schedule: false,
    });
    boss.on('error', (error) => this.logger.error(error));
    // Processes starting together would deadlock creating the same queues' tables.
    await withStartupLock(this.db, 'queues', async () => {
      await boss.start();
      for (const definition of this.definitions) await this.createQueue(boss, definition);
    });
    for (const definition of this.definitions) await this.work(boss, definition);
    this.boss = boss;
    this.markReady(boss);
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 });
    // stop() waits for the jobs it sees, not for one a worker was fetching meanwhile. pg-boss
    // checks each second whether its workers have ended, and must find them ended before the
    // process (or a test file) is gone.
    const deadline = Date.now() + 5000;
    while (this.running > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Queues a job; waits for the boss if the app is still starting. */
  async send(queue: string, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
    const boss = await this.ready;
    await boss.send(queue, data, options);
  }

  /** Hands one job of a batch back for a retry while the others of the batch complete. */
  async fail(queue: string, id: string, reason: string): Promise<void> {
    await (await this.ready).fail(queue, id, { reason });
  }

  private connection(): PgBoss.DatabaseOptions {
    const options = this.db.options as { url?: string; extra?: { max?: number } };
    if (options.url && (options.extra?.max ?? 10) > 1) {
      return { connectionString: options.url, max: 3 };
    }
    const pool = pgPool(this.db);
    return { db: { executeSql: (text, values) => pool.query(text, values) } };
  }

  private async startQueue(boss: PgBoss, definition: QueueDefinition<object>): Promise<void> {
    await this.createQueue(boss, definition);
    await this.work(boss, definition);
  }

  private async createQueue(boss: PgBoss, definition: QueueDefinition<object>): Promise<void> {
    await boss.createQueue(definition.name, { name: definition.name, ...definition.queue });
  }

  private async work(boss: PgBoss, definition: QueueDefinition<object>): Promise<void> {
    // An API-only process queues jobs; the worker processes take them.
    if (this.config.PROCESS_ROLE === 'api') return;
    await boss.work<object>(
      definition.name,
      { pollingIntervalSeconds: 0.5, ...definition.work, includeMetadata: true },
      async (jobs) => {
        this.running += 1;
        try {
          await definition.handler(jobs);
        } finally {
          this.running -= 1;
        }
      },
    );
  }
}
