import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AttendanceSyncResult,
  type attendanceSyncSchema,
  type ConflictKind,
  parseBadgeToken,
} from '@multaqa/contract';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  ATTENDANCE_CLOSED_STATUSES,
  attendanceTakers,
  mayUseMethod,
  type SessionTaker,
} from '../common/access/attendance.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { SigningService } from '../signing/signing.service.js';
import type { SyncOutcome } from './entities/attendance-submission.entity.js';
import { type RecordRow, recordKey, recordsOf, toRecordDto } from './roster.js';

type SyncInput = z.output<typeof attendanceSyncSchema>;
type Submission = SyncInput['records'][number];
type Result = AttendanceSyncResult['results'][number];

/** How far from the session's current times a scan may be before it is flagged as moved. */
export const SESSION_MOVED_MARGIN_MS = 60 * 60_000;

/** Methods a device records; self check-ins and walk-ins have their own endpoints. */
const DEVICE_METHODS = new Set(['scan', 'search', 'roster']);

interface Decision {
  submission: Submission;
  eventId: string | null;
  participantId: string | null;
  registrationId: string | null;
  badgeId: string | null;
  refused: ConflictKind | null;
  moved: boolean;
}

/**
 * A scanner's queue, sent until every answer arrives. Each clientId is stored once (a resend
 * is answered from the first time); each person has one record per session (unique index,
 * ON CONFLICT), so devices syncing at once never make two. Between devices the earliest scan
 * wins, except over a deliberate roster entry; any disagreement is kept as a conflict.
 * The batch costs a fixed handful of queries, whatever its size.
 */
@Injectable()
export class AttendanceSyncService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly signing: SigningService,
  ) {}

  async sync(input: SyncInput, user: SessionUser): Promise<AttendanceSyncResult> {
    const unique = [...new Map(input.records.map((r) => [r.clientId, r])).values()];
    const answers = await this.db.transaction(async (tx) => {
      const claimed = await this.claim(tx, input.deviceId, unique, user);
      const fresh = unique.filter((r) => claimed.has(r.clientId));
      const repeated = unique.filter((r) => !claimed.has(r.clientId));
      const decisions = await this.decide(tx, fresh, user);
      const stored = await this.store(tx, decisions, input.deviceId, user);
      return new Map([...stored, ...(await this.repeats(tx, repeated, user))]);
    });
    return { results: input.records.map((r) => answers.get(r.clientId)!) };
  }

  /** Writes the submissions first: a clientId sent twice at once waits here for the first. */
  private async claim(
    tx: EntityManager,
    deviceId: string,
    records: Submission[],
    user: SessionUser,
  ): Promise<Set<string>> {
    const sorted = [...records].sort((a, b) => a.clientId.localeCompare(b.clientId));
    const rows: { client_id: string }[] = await tx.query(
      `INSERT INTO attendance_submissions
              (client_id, device_id, session_id, status, method, taken_at, outcome, submitted_by_id)
       SELECT k.client_id, $1, k.session_id, k.status, k.method, k.taken_at, 'refused', $2
         FROM unnest($3::uuid[], $4::uuid[], $5::attendance_status[], $6::attendance_method[], $7::timestamptz[])
              WITH ORDINALITY AS k(client_id, session_id, status, method, taken_at, n)
        ORDER BY k.n
       ON CONFLICT (client_id) DO NOTHING
       RETURNING client_id`,
      [
        deviceId,
        user.id,
        sorted.map((r) => r.clientId),
        sorted.map((r) => r.sessionId),
        sorted.map((r) => r.status),
        sorted.map((r) => r.method),
        sorted.map((r) => r.takenAt),
      ],
    );
    return new Set(rows.map((r) => r.client_id));
  }

  private async decide(
    tx: EntityManager,
    records: Submission[],
    user: SessionUser,
  ): Promise<Decision[]> {
    const sessions = await attendanceTakers(
      tx,
      [...new Set(records.map((r) => r.sessionId))],
      user,
    );
    const tokens = new Map(
      records.filter((r) => r.badgeToken).map((r) => [r.clientId, parseBadgeToken(r.badgeToken!)]),
    );
    const badgeIds = [...tokens.values()].flatMap((t) => (t ? [t.payload.b] : []));
    const badges = new Map(
      (
        (await tx.query(
          'SELECT id, event_id, token, revoked_at FROM badges WHERE id = ANY($1::uuid[])',
          [badgeIds],
        )) as { id: string; event_id: string; token: string; revoked_at: Date | null }[]
      ).map((b) => [b.id, b]),
    );
    const eventIds = [...new Set([...sessions.values()].map((s) => s.eventId))];
    const registrations: { id: string; event_id: string; participant_id: string }[] =
      await tx.query(
        `SELECT id, event_id, participant_id FROM registrations
          WHERE event_id = ANY($1::uuid[]) AND status = 'approved'
            AND (participant_id = ANY($2::uuid[]) OR id = ANY($3::uuid[]))`,
        [
          eventIds,
          records.flatMap((r) => (r.participantId ? [r.participantId] : [])),
          [...tokens.values()].flatMap((t) => (t?.payload.r ? [t.payload.r] : [])),
        ],
      );
    const byId = new Map(registrations.map((r) => [r.id, r]));
    const byPerson = new Map(registrations.map((r) => [`${r.event_id}:${r.participant_id}`, r]));

    const decisions: Decision[] = [];
    for (const submission of records) {
      const session = sessions.get(submission.sessionId);
      const decision: Decision = {
        submission,
        eventId: session?.eventId ?? null,
        participantId: submission.participantId ?? null,
        registrationId: null,
        badgeId: null,
        refused: null,
        moved: false,
      };
      decisions.push(decision);
      const refuse = (kind: ConflictKind) => {
        decision.refused = kind;
      };
      if (!this.mayRecord(session, submission)) {
        refuse('not_allowed');
        continue;
      }
      let registration = submission.participantId
        ? byPerson.get(`${session!.eventId}:${submission.participantId}`)
        : undefined;
      if (submission.badgeToken) {
        const token = tokens.get(submission.clientId);
        const badge = token ? badges.get(token.payload.b) : undefined;
        decision.badgeId = badge?.id ?? null;
        const genuine =
          token &&
          badge &&
          badge.token === submission.badgeToken.trim() &&
          (await this.signing.verify(
            token.payload.k,
            Buffer.from(token.signedText, 'ascii'),
            token.signature,
          ));
        if (!genuine) {
          refuse('forged_badge');
          continue;
        }
        if (badge.revoked_at) {
          refuse('revoked_badge');
          continue;
        }
        if (token.payload.e !== session!.eventId) {
          refuse('wrong_event');
          continue;
        }
        registration = token.payload.r ? byId.get(token.payload.r) : undefined;
      }
      if (!registration) {
        refuse('not_expected');
        continue;
      }
      decision.participantId = registration.participant_id;
      decision.registrationId = registration.id;
      const at = Date.parse(submission.takenAt);
      decision.moved =
        at < session!.startsAt.getTime() - SESSION_MOVED_MARGIN_MS ||
        at > session!.endsAt.getTime() + SESSION_MOVED_MARGIN_MS;
    }
    return decisions;
  }

  private mayRecord(session: SessionTaker | undefined, submission: Submission): boolean {
    return (
      !!session?.taker &&
      !ATTENDANCE_CLOSED_STATUSES.includes(session.eventStatus) &&
      DEVICE_METHODS.has(submission.method) &&
      mayUseMethod(session.taker, submission.method)
    );
  }

  /** Inserts the new records, lets an earlier scan replace a later one, and answers each. */
  private async store(
    tx: EntityManager,
    decisions: Decision[],
    deviceId: string,
    user: SessionUser,
  ): Promise<Map<string, Result>> {
    const accepted = decisions.filter((d) => !d.refused);
    // Within the batch, the earliest scan of a person at a session is the one to keep.
    const winners = new Map<string, Decision>();
    for (const d of accepted) {
      const key = recordKey(d.submission.sessionId, d.participantId!);
      const best = winners.get(key);
      if (!best || Date.parse(d.submission.takenAt) < Date.parse(best.submission.takenAt)) {
        winners.set(key, d);
      }
    }
    const ordered = [...winners.entries()].sort(([a], [b]) => a.localeCompare(b));
    const column = <T>(pick: (d: Decision) => T) => ordered.map(([, d]) => pick(d));
    const inserted: { session_id: string; participant_id: string }[] = ordered.length
      ? await tx.query(
          `INSERT INTO attendance_records (event_id, session_id, participant_id, registration_id, status,
                                           method, taken_at, taken_by_id, device_id, client_id)
           SELECT k.event_id, k.session_id, k.participant_id, k.registration_id, k.status, k.method,
                  k.taken_at, $1, $2, k.client_id
             FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::attendance_status[],
                         $8::attendance_method[], $9::timestamptz[], $10::uuid[])
                  WITH ORDINALITY AS k(event_id, session_id, participant_id, registration_id, status,
                                       method, taken_at, client_id, n)
            ORDER BY k.n
           ON CONFLICT (session_id, participant_id) DO NOTHING
           RETURNING session_id, participant_id`,
          [
            user.id,
            deviceId,
            column((d) => d.eventId),
            column((d) => d.submission.sessionId),
            column((d) => d.participantId),
            column((d) => d.registrationId),
            column((d) => d.submission.status),
            column((d) => d.submission.method),
            column((d) => d.submission.takenAt),
            column((d) => d.submission.clientId),
          ],
        )
      : [];
    const isNew = new Set(inserted.map((r) => recordKey(r.session_id, r.participant_id)));
    const before = await this.lockExisting(
      tx,
      ordered.map(([key]) => key).filter((k) => !isNew.has(k)),
    );
    const replacing = ordered.filter(([key, d]) => {
      const held = before.get(key);
      return (
        held &&
        held.method !== 'roster' &&
        Date.parse(d.submission.takenAt) < held.taken_at.getTime()
      );
    });
    if (replacing.length) {
      const pick = <T>(f: (d: Decision) => T) => replacing.map(([, d]) => f(d));
      await tx.query(
        `UPDATE attendance_records a
            SET status = k.status, method = k.method, taken_at = k.taken_at, taken_by_id = $1,
                device_id = $2, client_id = k.client_id, updated_at = now()
           FROM unnest($3::uuid[], $4::uuid[], $5::attendance_status[], $6::attendance_method[],
                       $7::timestamptz[], $8::uuid[])
                AS k(session_id, participant_id, status, method, taken_at, client_id)
          WHERE a.session_id = k.session_id AND a.participant_id = k.participant_id`,
        [
          user.id,
          deviceId,
          pick((d) => d.submission.sessionId),
          pick((d) => d.participantId),
          pick((d) => d.submission.status),
          pick((d) => d.submission.method),
          pick((d) => d.submission.takenAt),
          pick((d) => d.submission.clientId),
        ],
      );
    }
    const now = await recordsOf(
      tx,
      ordered.map(([, d]) => ({
        sessionId: d.submission.sessionId,
        participantId: d.participantId!,
      })),
    );
    const results = new Map<string, Result>();
    const outcomes: { decision: Decision; outcome: SyncOutcome; conflict: ConflictKind | null }[] =
      [];
    for (const d of decisions) {
      const key = d.participantId ? recordKey(d.submission.sessionId, d.participantId) : '';
      const record = d.refused ? null : now.get(key)!;
      let outcome: SyncOutcome = 'refused';
      let conflict: ConflictKind | null = d.refused;
      if (record) {
        const won = winners.get(key) === d;
        // What this scan is compared with: the record held before, or the batch's winner.
        const other = won ? (before.get(key)?.status ?? null) : record.status;
        if (other !== null && other !== d.submission.status) {
          [outcome, conflict] = ['conflict', 'two_devices'];
        } else if (d.moved) {
          // Kept, but a session since moved makes the time doubtful: a coordinator looks.
          [outcome, conflict] = ['conflict', 'session_moved'];
        } else {
          outcome = won && isNew.has(key) ? 'stored' : 'unchanged';
        }
      }
      outcomes.push({ decision: d, outcome, conflict });
      results.set(d.submission.clientId, {
        clientId: d.submission.clientId,
        outcome,
        conflict,
        record: record ? toRecordDto(record) : null,
      });
    }
    await this.recordOutcomes(tx, outcomes);
    return results;
  }

  private async lockExisting(tx: EntityManager, keys: string[]): Promise<Map<string, RecordRow>> {
    if (keys.length === 0) return new Map();
    const pairs = keys.map((k) => k.split(':'));
    const rows: RecordRow[] = await tx.query(
      `SELECT a.session_id, a.participant_id, a.status, a.method, a.taken_at
         FROM attendance_records a
         JOIN unnest($1::uuid[], $2::uuid[]) AS k(session_id, participant_id)
           ON k.session_id = a.session_id AND k.participant_id = a.participant_id
        ORDER BY a.session_id, a.participant_id
          FOR UPDATE OF a`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    return new Map(rows.map((r) => [recordKey(r.session_id, r.participant_id), r]));
  }

  private async recordOutcomes(
    tx: EntityManager,
    rows: { decision: Decision; outcome: SyncOutcome; conflict: ConflictKind | null }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `UPDATE attendance_submissions s
          SET outcome = k.outcome, conflict_kind = k.conflict_kind, event_id = k.event_id,
              participant_id = k.participant_id, badge_id = k.badge_id
         FROM unnest($1::uuid[], $2::attendance_sync_outcome[], $3::attendance_conflict_kind[],
                     $4::uuid[], $5::uuid[], $6::uuid[])
              AS k(client_id, outcome, conflict_kind, event_id, participant_id, badge_id)
        WHERE s.client_id = k.client_id`,
      [
        rows.map((r) => r.decision.submission.clientId),
        rows.map((r) => r.outcome),
        rows.map((r) => r.conflict),
        rows.map((r) => r.decision.eventId),
        rows.map((r) => r.decision.participantId),
        rows.map((r) => r.decision.badgeId),
      ],
    );
  }

  /** A clientId seen before: its first answer again, as "duplicate", with the record as it stands. */
  private async repeats(
    tx: EntityManager,
    records: Submission[],
    user: SessionUser,
  ): Promise<Map<string, Result>> {
    if (records.length === 0) return new Map();
    const rows: {
      client_id: string;
      session_id: string;
      participant_id: string | null;
      conflict_kind: ConflictKind | null;
      submitted_by_id: string | null;
    }[] = await tx.query(
      `SELECT client_id, session_id, participant_id, conflict_kind, submitted_by_id
         FROM attendance_submissions WHERE client_id = ANY($1::uuid[])`,
      [records.map((r) => r.clientId)],
    );
    // Someone else's clientId tells the caller nothing about that record.
    const own = rows.filter((r) => r.submitted_by_id === user.id && r.participant_id);
    const held = await recordsOf(
      tx,
      own.map((r) => ({ sessionId: r.session_id, participantId: r.participant_id! })),
    );
    return new Map(
      rows.map((r) => {
        const record =
          r.submitted_by_id === user.id && r.participant_id
            ? held.get(recordKey(r.session_id, r.participant_id))
            : undefined;
        return [
          r.client_id,
          {
            clientId: r.client_id,
            outcome: 'duplicate' as const,
            conflict: r.submitted_by_id === user.id ? r.conflict_kind : null,
            record: record ? toRecordDto(record) : null,
          },
        ];
      }),
    );
  }
}
