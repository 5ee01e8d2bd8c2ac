import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Badge, BadgeRevocationList, BadgeTokenPayload, Language } from '@multaqa/contract';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { ATTENDANCE_CLOSED_STATUSES, loadAttendanceScopeFor } from '../common/access/attendance.js';
import { loadEventFor } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import type { BadgeCard } from '../documents/document-types.js';
import { RegistrationEntity } from '../registrations/entities/registration.entity.js';
import { type Signer, SigningService } from '../signing/signing.service.js';
import { BadgeEntity } from './badge.entity.js';
import { toBadgeDto } from './badge.mapper.js';
import { encodeBadgeToken } from './badge-token.js';
import { badgeCards } from './badge-cards.js';
import { EVENT_STAFF_SQL, revokeFormerStaffBadges } from './event-staff.js';

@Injectable()
export class BadgesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly signing: SigningService,
  ) {}

  /**
   * Issues the badges an event lacks: one per approved registration and per staff member.
   * Lazy and idempotent; concurrent callers meet on the partial unique indexes (ON CONFLICT),
   * so nobody ever holds two current badges.
   */
  async ensureBadges(eventId: string): Promise<void> {
    // Also whoever left the staff by a path that does not revoke (a user deleted, say).
    await revokeFormerStaffBadges(this.db.manager, eventId);
    const missing: { registration_id: string | null; user_id: string | null }[] =
      await this.db.query(
        `SELECT r.id AS registration_id, NULL::uuid AS user_id FROM registrations r
          WHERE r.event_id = $1 AND r.status = 'approved'
            AND NOT EXISTS (SELECT 1 FROM badges b WHERE b.registration_id = r.id AND b.revoked_at IS NULL)
         UNION
         SELECT NULL::uuid, staff.user_id FROM (${EVENT_STAFF_SQL}) staff
          WHERE NOT EXISTS (SELECT 1 FROM badges b WHERE b.event_id = $1 AND b.user_id = staff.user_id
                              AND b.revoked_at IS NULL)`,
        [eventId],
      );
    if (missing.length === 0) return;
    const signer = await this.signing.signer();
    const issuedAt = new Date();
    const rows = missing.map((m) =>
      this.newBadge(signer, eventId, issuedAt, {
        registrationId: m.registration_id,
        userId: m.user_id,
      }),
    );
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO badges (id, event_id, registration_id, user_id, issued_at, kid, token)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::text[], $7::text[])
         ON CONFLICT DO NOTHING`,
        [
          rows.map((r) => r.id),
          rows.map((r) => r.eventId),
          rows.map((r) => r.registrationId),
          rows.map((r) => r.userId),
          rows.map((r) => r.issuedAt),
          rows.map((r) => r.kid),
          rows.map((r) => r.token),
        ],
      );
    });
  }

  /** Every badge of the event, current and revoked (admins and coordinators). */
  async list(eventId: string, user: SessionUser): Promise<Badge[]> {
    await loadEventFor(this.db.manager, eventId, user);
    await this.ensureBadges(eventId);
    const badges = await this.db
      .getRepository(BadgeEntity)
      .find({ where: { eventId }, order: { issuedAt: 'ASC', id: 'ASC' } });
    return badges.map(toBadgeDto);
  }

  /** What scanners refuse even offline (also for door staff and the event's trainers). */
  async revocationList(eventId: string, user: SessionUser): Promise<BadgeRevocationList> {
    await loadAttendanceScopeFor(this.db.manager, eventId, user, { scan: true });
    await revokeFormerStaffBadges(this.db.manager, eventId);
    return {
      eventId,
      revokedBadgeIds: await revokedBadgeIds(this.db.manager, eventId),
      generatedAt: new Date().toISOString(),
    };
  }

  /** A lost or damaged badge: the current one goes on the revocation list, a new one is issued. */
  async reissue(
    eventId: string,
    registrationId: string,
    reason: string,
    user: SessionUser,
  ): Promise<Badge> {
    const event = await loadEventFor(this.db.manager, eventId, user);
    if (ATTENDANCE_CLOSED_STATUSES.includes(event.status)) {
      throw conflict('event_read_only', { status: `terms.event_status.${event.status}` });
    }
    const signer = await this.signing.signer();
    const id = await this.db.transaction(async (tx) => {
      const registration = await tx
        .getRepository(RegistrationEntity)
        .createQueryBuilder('r')
        .where('r.id = :registrationId AND r.event_id = :eventId', { registrationId, eventId })
        .setLock('pessimistic_write')
        .getOne();
      if (!registration) throw notFound('registration');
      if (registration.status !== 'approved') throw conflict('badge_needs_approval');
      const repo = tx.getRepository(BadgeEntity);
      const old = await repo.findOneBy({ registrationId, revokedAt: IsNull() });
      const fresh = this.newBadge(signer, eventId, new Date(), { registrationId, userId: null });
      if (old) await repo.update({ id: old.id }, { revokedAt: new Date(), revokedReason: reason });
      await repo.insert(fresh);
      if (old) await repo.update({ id: old.id }, { replacedById: fresh.id });
      return fresh.id;
    });
    return toBadgeDto(await this.db.getRepository(BadgeEntity).findOneByOrFail({ id }));
  }

  /**
   * The cards a badge sheet prints (the PDF endpoint is wired by the documents module): every
   * approved registration, or the chosen ones, and the staff when asked; texts in `language`.
   */
  async cardsFor(
    eventId: string,
    user: SessionUser,
    options: { registrationIds?: string[]; includeStaff: boolean; language: Language },
  ): Promise<BadgeCard[]> {
    const event = await loadEventFor(this.db.manager, eventId, user);
    await this.ensureBadges(eventId);
    return badgeCards(this.db.manager, event, options);
  }

  private newBadge(
    signer: Signer,
    eventId: string,
    issuedAt: Date,
    holder: { registrationId: string | null; userId: string | null },
  ) {
    const id = randomUUID();
    const payload: BadgeTokenPayload = {
      b: id,
      e: eventId,
      ...(holder.registrationId ? { r: holder.registrationId } : { u: holder.userId! }),
      t: Math.floor(issuedAt.getTime() / 1000),
      k: signer.kid,
    };
    return {
      id,
      eventId,
      registrationId: holder.registrationId,
      userId: holder.userId,
      issuedAt,
      kid: signer.kid,
      token: encodeBadgeToken(payload, signer),
    };
  }
}

export async function revokedBadgeIds(manager: EntityManager, eventId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    'SELECT id FROM badges WHERE event_id = $1 AND revoked_at IS NOT NULL ORDER BY id',
    [eventId],
  );
  return rows.map((r) => r.id);
}

/**
 * Revokes the current badge of registrations about to be deleted (a merge drops the weaker of
 * two registrations of one person): the printed badge must go on the revocation list.
 */
export async function revokeBadgesOfRegistrations(
  manager: EntityManager,
  registrationIds: string[],
  reason: string,
): Promise<void> {
  await manager.query(
    `UPDATE badges SET revoked_at = now(), revoked_reason = $2
      WHERE registration_id = ANY($1::uuid[]) AND revoked_at IS NULL`,
    [registrationIds, reason],
  );
}
