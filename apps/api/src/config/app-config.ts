import { resolve } from 'node:path';
import { z } from 'zod';

/** Where the repository's root is, so default paths do not depend on the working directory. */
const repoRoot = resolve(import.meta.dirname, '../../../..');

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PGLITE_DATA_DIR: z.string().min(1).default(resolve(repoRoot, '.data/pglite')),
  WEB_DIST_DIR: z.string().min(1).default(resolve(repoRoot, 'apps/web/dist')),
  /** Loads the demo story into an empty database. Default: on, except in production. */
  SEED_DEMO: booleanFromEnv.optional(),
  /**
   * What this process runs: `all` (the API and the background workers, the default), `api`
   * (requests only; jobs are queued for a worker) or `worker` (background jobs only, no HTTP).
   * One build, started as several processes on one database (docker-compose.yml).
   */
  PROCESS_ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  /** Send the session cookie over HTTPS only. Default: on in production. */
  COOKIE_SECURE: booleanFromEnv.optional(),
  /**
   * The first administrator's address. When no active admin exists, one is created at start
   * with no usable password, and a one-time link to choose it is printed once.
   */
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_NAME: z.string().min(1).max(200).default('Administrator'),
  /** Failed sign-ins for one email within the window before that email is throttled. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(10),
  /** Failed sign-ins from one address (any email) within the window before it is throttled. */
  LOGIN_ADDRESS_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(100),
  LOGIN_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(900),
  /** Requests from one address to one anonymous write endpoint within the window. */
  ANONYMOUS_WRITE_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(100),
  ANONYMOUS_WRITE_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(600),
  /**
   * Anonymous reads (public events, keys, verification pages) from one address within the
   * window, all endpoints together. Counted in each API process's memory: a read changes
   * nothing, so a per-replica bound is enough and costs no database write.
   */
  ANONYMOUS_READ_RATE_LIMIT: z.coerce.number().int().min(1).max(1000000).default(600),
  ANONYMOUS_READ_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Registrations from one address within that window before each needs a proof of work. */
  REGISTRATION_CHALLENGE_AFTER: z.coerce.number().int().min(0).max(100000).default(10),
  /** Leading zero bits of SHA-256 the proof of work needs (each bit doubles the work). */
  REGISTRATION_CHALLENGE_BITS: z.coerce.number().int().min(1).max(32).default(17),
  /**
   * Signs proof-of-work challenges. Set it when several API processes serve one address;
   * unset, each process draws its own at start.
   */
  CHALLENGE_SECRET: z.string().min(32).optional(),
  /**
   * Encrypts the private keys that sign badges (and certificates) in the database. Required in
   * production (the app refuses to start without it); elsewhere one is generated once and kept
   * next to the embedded database's data (SIGNING_KEY_SECRET_FILE). Losing it means signing with
   * a new key (old badges still verify: their public keys stay).
   */
  SIGNING_KEY_SECRET: z.string().min(32).optional(),
  SIGNING_KEY_SECRET_FILE: z.string().min(1).default(resolve(repoRoot, '.data/signing-key-secret')),
  /**
   * Express's 'trust proxy': which reverse proxies' X-Forwarded-For decides the client address
   * that rate limits count. false (default: the socket's peer), true, a hop count, or a
   * comma-separated list of addresses/subnets (e.g. "loopback, 10.0.0.0/8").
   */
  TRUST_PROXY: z
    .string()
    .min(1)
    .default('false')
    .transform((value): boolean | number | string =>
      value === 'true'
        ? true
        : value === 'false'
          ? false
          : /^\d+$/.test(value)
            ? Number(value)
            : value,
    ),
  /** smtp://user:pass@host:port (or smtps://). Unset: messages wait in the outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Multaqa <no-reply@multaqa.local>'),
  /** Where files (certificate PDFs, template images) are kept when no S3 store is configured. */
  STORAGE_DIR: z.string().min(1).default(resolve(repoRoot, '.data/files')),
  /**
   * An S3 bucket for those files instead of STORAGE_DIR: set S3_BUCKET, S3_REGION,
   * S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together; S3_ENDPOINT for an S3-compatible store
   * (MinIO, Ceph, Garage…: the bucket is then addressed in the path), unset for AWS.
   */
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** The address people reach the app at, for links in emails. */
  PUBLIC_URL: z.url().optional(),
  /** Seconds between retries of a failed email (doubling each time). */
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(5),
  /** The largest spreadsheet an import accepts, in bytes (the request body). */
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** The most data rows an import accepts (the header row not counted). */
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(20_000),
  /** An XLSX is a zip: the most its entries may inflate to, checked before it is parsed. */
  IMPORT_MAX_UNCOMPRESSED_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(2 * 1024 * 1024 * 1024)
    .default(100 * 1024 * 1024),
  /** Imports writing more rows than this run as a background job, in batches of this size. */
  IMPORT_BATCH_ROWS: z.coerce.number().int().min(1).max(10_000).default(200),
});

const S3_REQUIRED = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/** S3 storage is configured completely or not at all: half a configuration is a mistake. */
const checked = envSchema.superRefine((env, ctx) => {
  const given = [...S3_REQUIRED, 'S3_ENDPOINT' as const].filter((key) => env[key] !== undefined);
  if (given.length === 0) return;
  for (const key of S3_REQUIRED.filter((k) => env[k] === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [key],
      message: `is required because ${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} set: S3 storage needs ${S3_REQUIRED.join(', ')} (and S3_ENDPOINT for a store other than AWS); unset them all to keep files in STORAGE_DIR`,
    });
  }
});

/** Production is safe by default: no demo accounts, cookies only over HTTPS. */
const withDefaults = checked.transform((env) => {
  const production = env.NODE_ENV === 'production';
  return {
    ...env,
    SEED_DEMO: env.SEED_DEMO ?? !production,
    COOKIE_SECURE: env.COOKIE_SECURE ?? production,
  };
});

export type AppConfig = z.output<typeof withDefaults>;
export const CONFIG_KEYS = Object.keys(envSchema.shape) as (keyof AppConfig)[];

/**
 * Validates the environment once at start. A wrong value stops startup with a message that
 * names the variable, rather than failing later somewhere far from the cause.
 */
export function validateEnv(env: Record<string, unknown>): AppConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = withDefaults.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) =>
        `  ${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(cleaned[String(issue.path[0])])})`,
    );
    throw new Error(`Invalid configuration; fix these environment variables:\n${lines.join('\n')}`);
  }
  return result.data;
}
