import { randomBytes } from 'node:crypto';
import { STAFF_PICKER_ROLES } from '@multaqa/contract';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { hashPassword, verifyPassword } from '../../users/passwords.js';
import { issueToken } from '../../users/user-tokens.js';
import { UserEntity } from '../../users/user.entity.js';
import { DEMO_PASSWORD, demoUsers } from './demo-data.js';

/** A hash of a random secret nobody keeps: the account exists but no password opens it. */
export const unusablePasswordHash = () => hashPassword(randomBytes(32).toString('base64url'));

/**
 * The demo password is printed in the README, so in production any account it opens is an
 * open door. Staff and the demo addresses are checked (a short list; argon2 is slow on purpose).
 */
export async function refuseDemoPasswords(db: DataSource): Promise<void> {
  const candidates = await db
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .where('u.roles && :staff::text[]', { staff: [...STAFF_PICKER_ROLES] })
    .orWhere('u.email IN (:...demo)', { demo: demoUsers.map((u) => u.email) })
    .getMany();
  for (const user of candidates) {
    if (await verifyPassword(user.passwordHash, DEMO_PASSWORD)) {
      throw new Error(
        `Refusing to start in production: the account ${user.id} has the demo password. ` +
          'Change its password or deactivate it, or run with NODE_ENV=development.',
      );
    }
  }
}

/**
 * When ADMIN_EMAIL is set and no active admin (other than the demo one) exists, creates one with no usable password and
 * returns a one-time link (valid one hour) to choose it; null when there is nothing to do.
 */
export async function ensureFirstAdmin(db: DataSource, config: AppConfig): Promise<string | null> {
  const email = config.ADMIN_EMAIL;
  if (!email) return null;
  const admins = await db
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .where(`'admin' = ANY(u.roles)`)
    .andWhere('u.is_active')
    // The demo story's admin (SEED_DEMO in production) has no usable password: not a real one.
    .andWhere('u.email NOT IN (:...demo)', { demo: demoUsers.map((u) => u.email) })
    .getCount();
  if (admins > 0) return null;
  const passwordHash = await unusablePasswordHash();
  const token = await db.transaction(async (tx) => {
    const users = tx.getRepository(UserEntity);
    const existing = await users.findOneBy({ email });
    const admin = existing
      ? await users.save({
          ...existing,
          roles: [...new Set([...existing.roles, 'admin' as const])],
          isActive: true,
        })
      : await users.save({
          email,
          fullName: config.ADMIN_NAME,
          roles: ['admin'],
          preferredLanguage: 'en',
          passwordHash,
        });
    return issueToken(tx, admin.id, 'reset_password');
  });
  const base = config.PUBLIC_URL?.replace(/\/$/, '') ?? `http://localhost:${config.PORT}`;
  return `${base}/account/reset?token=${token}`;
}
