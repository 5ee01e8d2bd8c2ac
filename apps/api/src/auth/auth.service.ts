import { createHash, randomBytes } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Language, LoginInput, User } from '@multaqa/contract';
import { LessThan, Repository } from 'typeorm';
import { DomainException, unprocessable } from '../common/errors/domain.exception.js';
import { OutboxService } from '../notifications/outbox.service.js';
import {
  counterKey,
  RateLimitService,
  tooManyRequests,
} from '../common/rate-limit/rate-limit.service.js';
import { consumeToken, issueToken } from '../users/user-tokens.js';
import type { SessionUser } from '../common/auth/current-user.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Batcher } from '../common/batcher.js';
import { preparedQuery } from '../database/pool.js';
import { assertStrongPassword } from '../users/password-strength.js';
import { hashPassword, verifyPassword } from '../users/passwords.js';
import { UserEntity } from '../users/user.entity.js';
import { toUserDto } from '../users/users.service.js';
import { AuthSessionEntity } from './auth-session.entity.js';

export const SESSION_COOKIE = 'multaqa_session';

/** The most session lookups one statement answers. */
const MAX_SESSION_LOOKUPS = 100;

interface SessionRow {
  session_id: string;
  id: string;
  email: string;
  full_name: string;
  roles: SessionUser['roles'];
  preferred_language: Language;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AuthSessionEntity) private readonly sessions: Repository<AuthSessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly limits: RateLimitService,
  ) {}

  /**
   * Only failures are counted, per email and per address: people behind one venue's NAT who
   * sign in correctly never lock each other out, while guessing one account's password, or
   * many accounts' from one address, is throttled.
   */
  async login(
    input: LoginInput,
    address: string,
  ): Promise<{ user: User; token: string; expiresAt: Date }> {
    const email = input.email.trim().toLowerCase();
    const failureCounters = [
      { key: counterKey('login-email', email), limit: this.config.LOGIN_RATE_LIMIT },
      { key: counterKey('login-address', address), limit: this.config.LOGIN_ADDRESS_RATE_LIMIT },
    ];
    const wait = await this.limits.exceeded(failureCounters);
    if (wait !== null) throw tooManyRequests(wait);

    const user = await this.users.findOneBy({ email });
    const valid = await verifyPassword(
      user?.passwordHash ?? (await this.decoyHash),
      input.password,
    );
    // A disabled account answers exactly like a wrong password, so its state is not revealed.
    if (!user || !valid || !user.isActive) {
      for (const { key } of failureCounters) {
        await this.limits.hit(key, this.config.LOGIN_RATE_WINDOW_SECONDS);
      }
      throw new DomainException('invalid_credentials', HttpStatus.UNAUTHORIZED);
    }
    if (!user.emailConfirmedAt)
      throw new DomainException('email_not_confirmed', HttpStatus.FORBIDDEN);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000);
    await this.sessions.insert({ tokenHash: sha256(token), userId: user.id, expiresAt });
    await this.sessions.delete({ userId: user.id, expiresAt: LessThan(new Date()) });
    return { user: toUserDto(user), token, expiresAt };
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  /**
   * The signed-in user behind a cookie token, or null for a missing, expired or disabled one.
   * Every signed-in request asks this: the lookups of requests that arrive together are one
   * prepared statement, read as plain rows.
   */
  async resolve(token: string): Promise<SessionUser | null> {
    const row = await this.sessionLookups.submit('sessions', sha256(token));
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      fullName: row.full_name,
      roles: row.roles,
      preferredLanguage: row.preferred_language,
      sessionId: row.session_id,
    };
  }

  private readonly sessionLookups = new Batcher<string, SessionRow | undefined>(
    async (hashes) => {
      const rows = await preparedQuery<SessionRow & { token_hash: string }>(
        this.users.manager.connection,
        'auth_resolve_sessions',
        `SELECT s.token_hash, s.id AS session_id, u.id, u.email, u.full_name, u.roles,
                u.preferred_language
           FROM auth_sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = ANY($1::char(64)[]) AND s.expires_at > now() AND u.is_active`,
        [[...new Set(hashes)]],
      );
      const byHash = new Map(rows.map((r) => [r.token_hash, r]));
      return hashes.map((hash) => byHash.get(hash));
    },
    () => true,
    () => 1,
    MAX_SESSION_LOOKUPS,
  );

  async me(userId: string): Promise<User> {
    return toUserDto(await this.users.findOneByOrFail({ id: userId }));
  }

  async confirmEmail(token: string): Promise<void> {
    await this.users.manager.transaction(async (tx) => {
      const userId = await consumeToken(tx, token, 'confirm_email');
      if (!userId) throw unprocessable('token_invalid');
      await tx.getRepository(UserEntity).update({ id: userId }, { emailConfirmedAt: new Date() });
    });
  }

  /** Always answers the same, so the form does not reveal who has an account. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findOneBy({ email, isActive: true });
    if (!user) return;
    const id = await this.users.manager.transaction(async (tx) => {
      const token = await issueToken(tx, user.id, 'reset_password');
      const base =
        this.config.PUBLIC_URL?.replace(/\/$/, '') ?? `http://localhost:${this.config.PORT}`;
      return this.outbox.enqueue(tx, {
        to: user.email,
        language: user.preferredLanguage,
        template: 'password_reset',
        params: { name: user.fullName, link: `${base}/account/reset?token=${token}` },
      });
    });
    this.outbox.dispatch([id]);
  }

  /** Sets the new password, confirms the email it was sent to, and signs out everywhere. */
  async resetPassword(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.users.manager.transaction(async (tx) => {
      const userId = await consumeToken(tx, token, 'reset_password');
      if (!userId) throw unprocessable('token_invalid');
      // Checked after the token, so the refusal can name the person's own email; the rollback
      // leaves the token usable for a second try.
      const { email, fullName } = await tx
        .getRepository(UserEntity)
        .findOneByOrFail({ id: userId });
      await assertStrongPassword(password, [email, fullName]);
      await tx
        .getRepository(UserEntity)
        .update(
          { id: userId },
          { passwordHash, emailConfirmedAt: () => 'COALESCE(email_confirmed_at, now())' },
        );
      await tx.getRepository(AuthSessionEntity).delete({ userId });
    });
  }

  async setLanguage(userId: string, preferredLanguage: Language): Promise<User> {
    await this.users.update({ id: userId }, { preferredLanguage });
    return this.me(userId);
  }
}
