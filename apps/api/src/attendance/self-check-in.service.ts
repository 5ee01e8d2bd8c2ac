import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttendanceRecord, selfCheckInSchema } from '@multaqa/contract';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import {
  ATTENDANCE_CLOSED_STATUSES,
  loadAttendanceSessionFor,
} from '../common/access/attendance.js';
import { ownParticipantId } from '../common/access/people.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { Clock } from '../common/clock/clock.js';
import { unprocessable } from '../common/errors/domain.exception.js';
import {
  counterKey,
  RateLimitService,
  tooManyRequests,
} from '../common/rate-limit/rate-limit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { derivedKey } from '../signing/key-secret.js';
import { CHECK_IN_PERIOD_SECONDS, checkInCode, codeMatches, windowOf } from './check-in-code.js';
import { recordKey, recordsOf, toRecordDto } from './roster.js';

/** A participant may check in from a little before the start until a little after the end. */
export const CHECK_IN_MARGIN_MS = 30 * 60_000;
/** Wrong codes one person may type in a window before waiting (a code has ~10^9 values). */
const WRONG_CODES_LIMIT = 10;
const WRONG_CODES_WINDOW_SECONDS = 600;

interface Candidate {
  session_id: string;
  event_id: string;
  registration_id: string;
  starts_at: Date;
  late_after_minutes: number;
}

/**
 * Self check-in: the trainer projects a code that changes every 20 seconds (the previous one
 * still accepted, for whoever is typing), and a signed-in participant registered for the event
 * checks themselves in while the session is on.
 */
@Injectable()
export class SelfCheckInService {
  private readonly secret: Buffer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly limits: RateLimitService,
  ) {
    this.secret = derivedKey(config, 'multaqa check-in codes v1');
  }

  async code(eventId: string, sessionId: string, user: SessionUser) {
    await loadAttendanceSessionFor(this.db.manager, eventId, sessionId, user);
    const window = windowOf(this.clock.now());
    const code = checkInCode(this.secret, sessionId, window);
    const path = `/check-in?session=${sessionId}&code=${code}`;
    return {
      code,
      url: this.config.PUBLIC_URL ? new URL(path, this.config.PUBLIC_URL).toString() : path,
      expiresAt: new Date((window + 1) * CHECK_IN_PERIOD_SECONDS * 1000).toISOString(),
      periodSeconds: CHECK_IN_PERIOD_SECONDS,
    };
  }

  async checkIn(
    input: z.output<typeof selfCheckInSchema>,
    user: SessionUser,
  ): Promise<AttendanceRecord> {
    const key = counterKey('check-in', user.id);
    const wait = await this.limits.exceeded([{ key, limit: WRONG_CODES_LIMIT }]);
    if (wait !== null) throw tooManyRequests(wait);
    const now = this.clock.now();
    const participantId = await ownParticipantId(this.db.manager, user);
    const candidates: Candidate[] = participantId
      ? await this.db.query(
          `SELECT s.id AS session_id, s.event_id, r.id AS registration_id, s.starts_at, e.late_after_minutes
             FROM event_sessions s JOIN events e ON e.id = s.event_id
             JOIN registrations r ON r.event_id = e.id AND r.participant_id = $1 AND r.status = 'approved'
            WHERE ($2::uuid IS NULL OR s.id = $2)
              AND s.starts_at - make_interval(secs => $4) <= $3 AND s.ends_at + make_interval(secs => $4) >= $3
              AND NOT (e.status = ANY($5::event_status[]))`,
          [
            participantId,
            input.sessionId ?? null,
            now,
            CHECK_IN_MARGIN_MS / 1000,
            ATTENDANCE_CLOSED_STATUSES,
          ],
        )
      : [];
    const session = candidates.find((c) => codeMatches(this.secret, c.session_id, input.code, now));
    if (!session) {
      if (candidates.length === 0) throw unprocessable('check_in_not_expected');
      await this.limits.hit(key, WRONG_CODES_WINDOW_SECONDS);
      throw unprocessable('check_in_code_invalid');
    }
    const late = now.getTime() > session.starts_at.getTime() + session.late_after_minutes * 60_000;
    await this.db.transaction(async (tx) => {
      // Already recorded (scanned at the door, or a second tap): the first record stands.
      await tx.query(
        `INSERT INTO attendance_records
                (event_id, session_id, participant_id, registration_id, status, method, taken_at, taken_by_id)
         VALUES ($1, $2, $3, $4, $5, 'self', $6, $7)
         ON CONFLICT (session_id, participant_id) DO NOTHING`,
        [
          session.event_id,
          session.session_id,
          participantId,
          session.registration_id,
          late ? 'late' : 'present',
          now,
          user.id,
        ],
      );
    });
    const records = await recordsOf(this.db.manager, [
      { sessionId: session.session_id, participantId: participantId! },
    ]);
    return toRecordDto(records.get(recordKey(session.session_id, participantId!))!);
  }
}
