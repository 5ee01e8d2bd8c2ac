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
  mayUseMethod,
  type SessionTaker,
  sessionTakers,
  TAKER_SQL,
  type TakerRow,
} from '../common/access/attendance.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { Batcher } from '../common/batcher.js';
import { preparedQuery } from '../database/pool.js';
import { SigningService } from '../signing/signing.service.js';
import type { SyncOutcome } from './entities/attendance-submission.entity.js';
import { RECORD_COLUMNS, type RecordRow, recordKey, recordsOf, toRecordDto } from './roster.js';

type SyncInput = z.output<typeof attendanceSyncSchema>;
/** A record with the device that sent it: one batch may hold several devices' requests. */
type Submission = SyncInput['records'][number] & { deviceId: string };
type Result = AttendanceSyncResult['results'][number];

/** How far from the session's current times a scan may be before it is flagged as moved. */
export const SESSION_MOVED_MARGIN_MS = 60 * 60_000;

/** The most records one batch of requests writes: one full offline queue. */
const MAX_RECORDS_PER_BATCH = 1000;

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
 *
 * The batch costs two statements in the common case, whatever its size: one read of what it
 * needs to decide (clientIds seen, who may take the sessions, the badges, the registrations),
 * then one statement that stores the new records and every answer together. Only scans of
 * someone who already has a record at the session, and resends, take the longer transaction
 * that locks and compares the records held. A taker's requests that arrive while one of theirs
 * is being written are written together next (Batcher): at a busy door, twenty online scanners
 * sending one scan each share those two statements instead of queueing for twenty pairs.
 */
@Injectable()
export class AttendanceSyncService {
  /** One lane per taker: their devices' requests share statements when they arrive together. */
  private readonly batches = new Batcher<
    { input: SyncInput; user: SessionUser },
    AttendanceSyncResult
  >(
    (items) => this.syncTogether(items),
    // A resend racing its first send waits, so it is answered as a duplicate, as it would be alone.
    (item, batch) => {
      const ids = new Set(item.input.records.map((r) => r.clientId));
      return !batch.some((b) => b.input.records.some((r) => ids.has(r.clientId)));
    },
    (item) => item.input.records.length,
    MAX_RECORDS_PER_BATCH,
  );

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly signing: SigningService,
  ) {}

  sync(input: SyncInput, user: SessionUser): Promise<AttendanceSyncResult> {
    return this.batches.submit(user.id, { input, user });
  }

  /** Requests of one taker, written as one batch; each is answered for its own records. */
  private async syncTogether(
    items: { input: SyncInput; user: SessionUser }[],
  ): Promise<AttendanceSyncResult[]> {
    const { user } = items[0];
    const all = items.flatMap(({ input }) =>
      input.records.map((r) => ({ ...r, deviceId: input.deviceId })),
    );
    const unique = [...new Map(all.map((r) => [r.clientId, r])).values()];
    const { seen, decisions } = await this.decide(unique, user);
    const fresh = decisions.filter((d) => !seen.has(d.submission.clientId));
    const first = await this.storeNew(fresh, user);
    const answers = first.results;
    const repeated = unique.filter((r) => seen.has(r.clientId) || first.lost.has(r.clientId));
    let rest: Map<string, Result>;
    if (first.held.length) {
      rest = await this.db.transaction(async (tx) => {
        const { results, lost } = await this.store(tx, first.held, user);
        const again = [
          ...repeated,
          ...first.held.map((d) => d.submission).filter((r) => lost.has(r.clientId)),
        ];
        return new Map([...results, ...(await this.repeats(tx, again, user))]);
      });
    } else {
      // A resend only reads: it needs no transaction.
      rest = await this.repeats(this.db.manager, repeated, user);
    }
    for (const [clientId, result] of rest) answers.set(clientId, result);
    return items.map(({ input }) => ({
      results: input.records.map((r) => answers.get(r.clientId)!),
    }));
  }

  /**
   * Decides each record from one read: the clientIds already stored, the sessions and who may
   * take them, the badges the tokens name and the approved registrations they point to.
   */
  private async decide(
    records: Submission[],
    user: SessionUser,
  ): Promise<{ seen: Set<string>; decisions: Decision[] }> {
    const tokens = new Map(
      records.filter((r) => r.badgeToken).map((r) => [r.clientId, parseBadgeToken(r.badgeToken!)]),
    );
    const parsed = [...tokens.values()].flatMap((t) => (t ? [t] : []));
    const [read]: {
      seen: string[];
      sessions: TakerRow[];
      badges: { id: string; event_id: string; token: string; revoked_at: string | null }[];
      registrations: { id: string; event_id: string; participant_id: string }[];
    }[] = await preparedQuery(
      this.db,
      'attendance_sync_read',
      `SELECT ARRAY(SELECT client_id::text FROM attendance_submissions
                     WHERE client_id = ANY($3::uuid[])) AS seen,
              (SELECT coalesce(json_agg(t), '[]') FROM (${TAKER_SQL}) t) AS sessions,
              (SELECT coalesce(json_agg(b), '[]')
                 FROM (SELECT id, event_id, token, revoked_at FROM badges
                        WHERE id = ANY($4::uuid[])) b) AS badges,
              -- Matched to the session's event below.
              (SELECT coalesce(json_agg(r), '[]')
                 FROM (SELECT id, event_id, participant_id FROM registrations
                        WHERE status = 'approved'
                          AND (participant_id = ANY($5::uuid[]) OR id = ANY($6::uuid[]))) r)
                AS registrations`,
      [
        [...new Set(records.map((r) => r.sessionId))],
        user.id,
        records.map((r) => r.clientId),
        parsed.map((t) => t.payload.b),
        records.flatMap((r) => (r.participantId ? [r.participantId] : [])),
        parsed.flatMap((t) => (t.payload.r ? [t.payload.r] : [])),
      ],
    );
    const sessions = sessionTakers(read.sessions, user);
    const badges = new Map(read.badges.map((b) => [b.id, b]));
    const byId = new Map(read.registrations.map((r) => [r.id, r]));
    const byPerson = new Map(
      read.registrations.map((r) => [`${r.event_id}:${r.participant_id}`, r]),
    );

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
        if (registration && registration.event_id !== session!.eventId) registration = undefined;
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
    return { seen: new Set(read.seen), decisions };
  }

  private mayRecord(session: SessionTaker | undefined, submission: Submission): boolean {
    return (
      !!session?.taker &&
      !ATTENDANCE_CLOSED_STATUSES.includes(session.eventStatus) &&
      DEVICE_METHODS.has(submission.method) &&
      mayUseMethod(session.taker, submission.method)
    );
  }

  /**
   * The common case in one statement (so in one implicit transaction): the records of people
   * who have none at the session yet, and every answer that follows from that alone — a
   * refusal, the batch's earliest scan stored, a later scan of the same person unchanged or in
   * conflict with it. Scans of someone who turns out to have a record already are handed back
   * (`held`) for store(), which compares them with it under a lock; a clientId that another
   * request stored meanwhile (`lost`) is answered as a duplicate.
   */
  private async storeNew(
    decisions: Decision[],
    user: SessionUser,
  ): Promise<{ results: Map<string, Result>; held: Decision[]; lost: Set<string> }> {
    const results = new Map<string, Result>();
    if (decisions.length === 0) return { results, held: [], lost: new Set() };
    const winners = earliestPerRecord(decisions);
    const ordered = [...winners.entries()].sort(([a], [b]) => a.localeCompare(b));
    // Each answer as it will be if its record is new: the statement stores no other.
    const planned = decisions.map((d) => {
      const winner = d.refused
        ? null
        : winners.get(recordKey(d.submission.sessionId, d.participantId!))!;
      let outcome: SyncOutcome = 'refused';
      let conflict: ConflictKind | null = d.refused;
      if (winner) {
        const other = winner === d ? null : winner.submission.status;
        if (other !== null && other !== d.submission.status) {
          [outcome, conflict] = ['conflict', 'two_devices'];
        } else if (d.moved) {
          [outcome, conflict] = ['conflict', 'session_moved'];
        } else {
          outcome = winner === d ? 'stored' : 'unchanged';
        }
      }
      return { decision: d, winner, outcome, conflict };
    });
    // Row locks in one order (records by person and session, answers by clientId), as store().
    const answers = [...planned].sort((a, b) =>
      a.decision.submission.clientId.localeCompare(b.decision.submission.clientId),
    );
    const records = <T>(pick: (d: Decision) => T) => ordered.map(([, d]) => pick(d));
    const answer = <T>(pick: (p: (typeof planned)[number]) => T) => answers.map(pick);
    const [row]: { inserted: string[]; kept: string[] }[] = await preparedQuery(
      this.db,
      'attendance_sync_store_new',
      `WITH actor AS MATERIALIZED (SELECT set_config('multaqa.actor_id', $1::uuid::text, true) AS id),
       records AS (
         INSERT INTO attendance_records (event_id, session_id, participant_id, registration_id,
                                         status, method, taken_at, taken_by_id, device_id, client_id)
         SELECT k.event_id, k.session_id, k.participant_id, k.registration_id, k.status, k.method,
                k.taken_at, $1::uuid, k.device_id, k.client_id
           FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::attendance_status[],
                       $7::attendance_method[], $8::timestamptz[], $9::uuid[], $10::uuid[])
                WITH ORDINALITY AS k(event_id, session_id, participant_id, registration_id, status,
                                     method, taken_at, device_id, client_id, n)
          ORDER BY k.n
         ON CONFLICT (session_id, participant_id) DO NOTHING
         RETURNING client_id),
       answers AS (
         INSERT INTO attendance_submissions (client_id, device_id, event_id, session_id,
                                             participant_id, badge_id, status, method, taken_at,
                                             outcome, conflict_kind, submitted_by_id)
         SELECT k.client_id, k.device_id, k.event_id, k.session_id, k.participant_id, k.badge_id,
                k.status, k.method, k.taken_at, k.outcome, k.conflict_kind, $1::uuid
           FROM unnest($11::uuid[], $12::uuid[], $13::uuid[], $14::uuid[], $15::uuid[], $16::uuid[],
                       $17::attendance_status[], $18::attendance_method[], $19::timestamptz[],
                       $20::attendance_sync_outcome[], $21::attendance_conflict_kind[], $22::uuid[])
                WITH ORDINALITY AS k(client_id, device_id, event_id, session_id, participant_id,
                                     badge_id, status, method, taken_at, outcome, conflict_kind,
                                     winner, n)
          WHERE k.winner IS NULL OR k.winner IN (SELECT client_id FROM records)
          ORDER BY k.n
         ON CONFLICT (client_id) DO NOTHING
         RETURNING client_id)
       -- The audit trigger reads the actor when the statement ends, after this has set it.
       SELECT (SELECT id FROM actor) AS actor,
              ARRAY(SELECT client_id::text FROM records) AS inserted,
              ARRAY(SELECT client_id::text FROM answers) AS kept`,
      [
        user.id,
        records((d) => d.eventId),
        records((d) => d.submission.sessionId),
        records((d) => d.participantId),
        records((d) => d.registrationId),
        records((d) => d.submission.status),
        records((d) => d.submission.method),
        records((d) => d.submission.takenAt),
        records((d) => d.submission.deviceId),
        records((d) => d.submission.clientId),
        answer((p) => p.decision.submission.clientId),
        answer((p) => p.decision.submission.deviceId),
        answer((p) => p.decision.eventId),
        answer((p) => p.decision.submission.sessionId),
        answer((p) => p.decision.participantId),
        answer((p) => p.decision.badgeId),
        answer((p) => p.decision.submission.status),
        answer((p) => p.decision.submission.method),
        answer((p) => p.decision.submission.takenAt),
        answer((p) => p.outcome),
        answer((p) => p.conflict),
        answer((p) => p.winner?.submission.clientId ?? null),
      ],
    );
    const inserted = new Set(row.inserted);
    const kept = new Set(row.kept);
    const held: Decision[] = [];
    const lost = new Set<string>();
    for (const { decision: d, winner, outcome, conflict } of planned) {
      const { clientId } = d.submission;
      if (winner && !inserted.has(winner.submission.clientId.toLowerCase())) {
        held.push(d);
      } else if (!kept.has(clientId.toLowerCase())) {
        lost.add(clientId);
      } else {
        const record: RecordRow | null = winner && {
          session_id: winner.submission.sessionId,
          participant_id: winner.participantId!,
          status: winner.submission.status,
          method: winner.submission.method,
          taken_at: new Date(winner.submission.takenAt),
          taken_by_id: user.id,
          taken_by_name: user.fullName,
        };
        results.set(clientId, {
          clientId,
          outcome,
          conflict,
          record: record ? toRecordDto(record) : null,
        });
      }
    }
    return { results, held, lost };
  }

  /** Inserts the new records, lets an earlier scan replace a later one, and answers each. */
  private async store(
    tx: EntityManager,
    decisions: Decision[],
    user: SessionUser,
  ): Promise<{ results: Map<string, Result>; lost: Set<string> }> {
    const winners = earliestPerRecord(decisions);
    const ordered = [...winners.entries()].sort(([a], [b]) => a.localeCompare(b));
    const column = <T>(pick: (d: Decision) => T) => ordered.map(([, d]) => pick(d));
    const inserted: { session_id: string; participant_id: string }[] = ordered.length
      ? await tx.query(
          `INSERT INTO attendance_records (event_id, session_id, participant_id, registration_id, status,
                                           method, taken_at, taken_by_id, device_id, client_id)
           SELECT k.event_id, k.session_id, k.participant_id, k.registration_id, k.status, k.method,
                  k.taken_at, $1, k.device_id, k.client_id
             FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::attendance_status[],
                         $7::attendance_method[], $8::timestamptz[], $9::uuid[], $10::uuid[])
                  WITH ORDINALITY AS k(event_id, session_id, participant_id, registration_id, status,
                                       method, taken_at, device_id, client_id, n)
            ORDER BY k.n
           ON CONFLICT (session_id, participant_id) DO NOTHING
           RETURNING session_id, participant_id`,
          [
            user.id,
            column((d) => d.eventId),
            column((d) => d.submission.sessionId),
            column((d) => d.participantId),
            column((d) => d.registrationId),
            column((d) => d.submission.status),
            column((d) => d.submission.method),
            column((d) => d.submission.takenAt),
            column((d) => d.submission.deviceId),
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
                device_id = k.device_id, client_id = k.client_id, updated_at = now()
           FROM unnest($2::uuid[], $3::uuid[], $4::attendance_status[], $5::attendance_method[],
                       $6::timestamptz[], $7::uuid[], $8::uuid[])
                AS k(session_id, participant_id, status, method, taken_at, device_id, client_id)
          WHERE a.session_id = k.session_id AND a.participant_id = k.participant_id`,
        [
          user.id,
          pick((d) => d.submission.sessionId),
          pick((d) => d.participantId),
          pick((d) => d.submission.status),
          pick((d) => d.submission.method),
          pick((d) => d.submission.takenAt),
          pick((d) => d.submission.deviceId),
          pick((d) => d.submission.clientId),
        ],
      );
    }
    // New records are as inserted; only the others are read back.
    const now = await recordsOf(
      tx,
      ordered
        .filter(([key]) => !isNew.has(key))
        .map(([, d]) => ({ sessionId: d.submission.sessionId, participantId: d.participantId! })),
    );
    for (const [key, d] of ordered) {
      if (!isNew.has(key)) continue;
      now.set(key, {
        session_id: d.submission.sessionId,
        participant_id: d.participantId!,
        status: d.submission.status,
        method: d.submission.method,
        taken_at: new Date(d.submission.takenAt),
        taken_by_id: user.id,
        taken_by_name: user.fullName,
      });
    }
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
    const kept = await this.recordOutcomes(tx, outcomes, user);
    // A clientId another request stored meanwhile is answered from that one, as a duplicate.
    const lost = new Set(
      outcomes.map((o) => o.decision.submission.clientId).filter((id) => !kept.has(id)),
    );
    for (const id of lost) results.delete(id);
    return { results, lost };
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

  /** Each clientId once, with its answer (the primary key makes a concurrent resend wait, then yield). */
  private async recordOutcomes(
    tx: EntityManager,
    rows: { decision: Decision; outcome: SyncOutcome; conflict: ConflictKind | null }[],
    user: SessionUser,
  ): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const sorted = [...rows].sort((a, b) =>
      a.decision.submission.clientId.localeCompare(b.decision.submission.clientId),
    );
    const column = <T>(pick: (r: (typeof rows)[number]) => T) => sorted.map(pick);
    const inserted: { client_id: string }[] = await tx.query(
      `INSERT INTO attendance_submissions (client_id, device_id, event_id, session_id, participant_id,
                                           badge_id, status, method, taken_at, outcome, conflict_kind,
                                           submitted_by_id)
       SELECT k.client_id, k.device_id, k.event_id, k.session_id, k.participant_id, k.badge_id,
              k.status, k.method, k.taken_at, k.outcome, k.conflict_kind, $1
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[],
                     $8::attendance_status[], $9::attendance_method[], $10::timestamptz[],
                     $11::attendance_sync_outcome[], $12::attendance_conflict_kind[])
              WITH ORDINALITY AS k(client_id, device_id, event_id, session_id, participant_id,
                                   badge_id, status, method, taken_at, outcome, conflict_kind, n)
        ORDER BY k.n
       ON CONFLICT (client_id) DO NOTHING
       RETURNING client_id`,
      [
        user.id,
        column((r) => r.decision.submission.clientId),
        column((r) => r.decision.submission.deviceId),
        column((r) => r.decision.eventId),
        column((r) => r.decision.submission.sessionId),
        column((r) => r.decision.participantId),
        column((r) => r.decision.badgeId),
        column((r) => r.decision.submission.status),
        column((r) => r.decision.submission.method),
        column((r) => r.decision.submission.takenAt),
        column((r) => r.outcome),
        column((r) => r.conflict),
      ],
    );
    return new Set(inserted.map((r) => r.client_id));
  }

  /** A clientId seen before: its first answer again, as "duplicate", with the record as it stands. */
  private async repeats(
    manager: EntityManager,
    records: Submission[],
    user: SessionUser,
  ): Promise<Map<string, Result>> {
    if (records.length === 0) return new Map();
    // Someone else's clientId tells the caller nothing about that record: only their own is joined.
    const rows: (Omit<RecordRow, 'status'> & {
      client_id: string;
      conflict_kind: ConflictKind | null;
      submitted_by_id: string | null;
      status: RecordRow['status'] | null;
    })[] = await manager.query(
      `SELECT s.client_id, s.conflict_kind, s.submitted_by_id, ${RECORD_COLUMNS}
         FROM attendance_submissions s
         LEFT JOIN attendance_records a
           ON s.submitted_by_id = $2 AND a.session_id = s.session_id
          AND a.participant_id = s.participant_id
         LEFT JOIN users tb ON tb.id = a.taken_by_id
        WHERE s.client_id = ANY($1::uuid[])`,
      [records.map((r) => r.clientId), user.id],
    );
    return new Map(
      rows.map((r) => [
        r.client_id,
        {
          clientId: r.client_id,
          outcome: 'duplicate' as const,
          conflict: r.submitted_by_id === user.id ? r.conflict_kind : null,
          record: r.status ? toRecordDto({ ...r, status: r.status }) : null,
        },
      ]),
    );
  }
}

/** Within a batch, the earliest scan of a person at a session is the one to keep. */
function earliestPerRecord(decisions: Decision[]): Map<string, Decision> {
  const winners = new Map<string, Decision>();
  for (const d of decisions) {
    if (d.refused) continue;
    const key = recordKey(d.submission.sessionId, d.participantId!);
    const best = winners.get(key);
    if (!best || Date.parse(d.submission.takenAt) < Date.parse(best.submission.takenAt)) {
      winners.set(key, d);
    }
  }
  return winners;
}
