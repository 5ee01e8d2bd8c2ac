import { z } from 'zod';
import { localizedTextSchema } from './common.js';
import { institutionRefSchema } from './institutions.js';
import { participantFieldsSchema } from './participants.js';
import { signingPublicKeySchema } from './badges.js';
import { singleLineText } from './text.js';

export const ATTENDANCE_STATUSES = ['present', 'late', 'excused', 'absent'] as const;
export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES).meta({ id: 'AttendanceStatus' });
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

/** How a record was taken (DOMAIN.md: roster, badge QR scan, self check-in), and walk-ins. */
export const ATTENDANCE_METHODS = ['roster', 'scan', 'search', 'self', 'walk_in'] as const;
export const attendanceMethodSchema = z.enum(ATTENDANCE_METHODS).meta({ id: 'AttendanceMethod' });
export type AttendanceMethod = z.infer<typeof attendanceMethodSchema>;

/** How "late" counts towards the rate: a rule of the event. */
export const LATE_RULES = ['present', 'half', 'absent'] as const;
export const lateRuleSchema = z.enum(LATE_RULES).meta({ id: 'LateRule' });
export type LateRule = z.infer<typeof lateRuleSchema>;

export const attendanceRecordSchema = z
  .object({
    sessionId: z.uuid(),
    participantId: z.uuid(),
    status: attendanceStatusSchema,
    method: attendanceMethodSchema,
    /** When it was taken on the device (the original time, also for records synced later). */
    takenAt: z.iso.datetime(),
    takenBy: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
  })
  .meta({ id: 'AttendanceRecord' });
export type AttendanceRecord = z.infer<typeof attendanceRecordSchema>;

/** One person expected at a session: every approved registration of the event. */
export const rosterEntrySchema = z
  .object({
    participantId: z.uuid(),
    registrationId: z.uuid(),
    fullNameAr: z.string(),
    fullNameLatin: z.string(),
    institution: institutionRefSchema.nullable(),
    nationality: z.string(),
    attendance: attendanceRecordSchema.nullable(),
  })
  .meta({ id: 'RosterEntry' });
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const attendanceCountsSchema = z
  .object({
    expected: z.number().int(),
    present: z.number().int(),
    late: z.number().int(),
    excused: z.number().int(),
    absent: z.number().int(),
    /** Expected with no record yet. */
    unmarked: z.number().int(),
  })
  .meta({ id: 'AttendanceCounts' });
export type AttendanceCounts = z.infer<typeof attendanceCountsSchema>;

/** GET /api/events/{eventId}/sessions/{sessionId}/roster?q= (q matches either script). */
export const rosterQuerySchema = z
  .object({ q: singleLineText().max(200).optional() })
  .strict()
  .meta({ id: 'RosterQuery' });

export const rosterSchema = z
  .object({
    session: z.object({
      id: z.uuid(),
      eventId: z.uuid(),
      title: localizedTextSchema,
      startsAt: z.iso.datetime(),
      endsAt: z.iso.datetime(),
      timeZone: z.string(),
    }),
    entries: z.array(rosterEntrySchema),
    counts: attendanceCountsSchema,
  })
  .meta({ id: 'Roster' });
export type Roster = z.infer<typeof rosterSchema>;

/** PUT /api/events/{eventId}/sessions/{sessionId}/attendance: one tap on the roster, or several. */
export const markAttendanceSchema = z
  .object({
    records: z
      .array(z.object({ participantId: z.uuid(), status: attendanceStatusSchema }).strict())
      .min(1)
      .max(2000),
  })
  .strict()
  .meta({ id: 'MarkAttendance' });
export type MarkAttendanceInput = z.input<typeof markAttendanceSchema>;

/** POST /api/events/{eventId}/sessions/{sessionId}/attendance/mark-all-present: unmarked people only. */
export const markAllPresentResultSchema = z
  .object({ marked: z.number().int(), counts: attendanceCountsSchema })
  .meta({ id: 'MarkAllPresentResult' });

/**
 * Everything a scanner keeps on the device to go on working offline:
 * GET /api/events/{eventId}/sessions/{sessionId}/scanner-kit
 */
export const scannerKitSchema = z
  .object({
    roster: rosterSchema,
    keys: z.array(signingPublicKeySchema),
    revokedBadgeIds: z.array(z.uuid()),
    /** Minutes after the session's start from which a scan counts as late. */
    lateAfterMinutes: z.number().int(),
    serverTime: z.iso.datetime(),
  })
  .meta({ id: 'ScannerKit' });
export type ScannerKit = z.infer<typeof scannerKitSchema>;

/** One record made on a device (maybe offline); the server stores each clientId once. */
export const attendanceSubmissionSchema = z
  .object({
    clientId: z.uuid(),
    sessionId: z.uuid(),
    /** The badge's QR text for a scan; the server checks the signature and revocation again. */
    badgeToken: singleLineText().max(600).optional(),
    /** For a name search, a roster tap or a self check-in. */
    participantId: z.uuid().optional(),
    status: attendanceStatusSchema,
    method: attendanceMethodSchema,
    /** The device's clock when it was taken. */
    takenAt: z.iso.datetime(),
  })
  .strict()
  .refine((s) => !!s.badgeToken || !!s.participantId, {
    path: ['participantId'],
    message: 'validation.required',
  });

/** POST /api/attendance/sync: a scanner's queue, sent again until every answer arrives. */
export const attendanceSyncSchema = z
  .object({
    deviceId: z.uuid(),
    records: z.array(attendanceSubmissionSchema).min(1).max(1000),
  })
  .strict()
  .meta({ id: 'AttendanceSync' });
export type AttendanceSyncInput = z.input<typeof attendanceSyncSchema>;

/**
 * stored: a new record; unchanged: the person was already recorded (answer shows when);
 * duplicate: this clientId was received before (its first outcome is repeated);
 * conflict: kept and listed for a coordinator (two devices disagree, session moved);
 * refused: forged or revoked badge, person not expected, no permission; listed too.
 */
export const SYNC_OUTCOMES = ['stored', 'unchanged', 'duplicate', 'conflict', 'refused'] as const;
export const CONFLICT_KINDS = [
  'two_devices',
  'session_moved',
  'revoked_badge',
  'forged_badge',
  'wrong_event',
  'not_expected',
  'not_allowed',
] as const;
export const conflictKindSchema = z.enum(CONFLICT_KINDS).meta({ id: 'AttendanceConflictKind' });
export type ConflictKind = z.infer<typeof conflictKindSchema>;

export const attendanceSyncResultSchema = z
  .object({
    results: z.array(
      z.object({
        clientId: z.uuid(),
        outcome: z.enum(SYNC_OUTCOMES),
        conflict: conflictKindSchema.nullable(),
        /** The record as the server now holds it (null when refused). */
        record: attendanceRecordSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'AttendanceSyncResult' });
export type AttendanceSyncResult = z.infer<typeof attendanceSyncResultSchema>;

/** GET /api/events/{eventId}/attendance/conflicts: never silently dropped. */
export const attendanceConflictSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    sessionId: z.uuid(),
    participantId: z.uuid().nullable(),
    participantName: z.string().nullable(),
    kind: conflictKindSchema,
    outcome: z.enum(SYNC_OUTCOMES),
    status: attendanceStatusSchema,
    takenAt: z.iso.datetime(),
    receivedAt: z.iso.datetime(),
    deviceId: z.uuid(),
    takenBy: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
  })
  .meta({ id: 'AttendanceConflict' });
export const attendanceConflictsSchema = z
  .array(attendanceConflictSchema)
  .meta({ id: 'AttendanceConflicts' });

/** GET /api/events/{eventId}/sessions/{sessionId}/self-check-in: what the projector shows. */
export const selfCheckInCodeSchema = z
  .object({
    /** Short code to type (6 characters, no ambiguous ones). */
    code: z.string(),
    /** The link the projected QR encodes: /check-in?session=…&code=… */
    url: z.string(),
    expiresAt: z.iso.datetime(),
    periodSeconds: z.number().int(),
  })
  .meta({ id: 'SelfCheckInCode' });

/** POST /api/me/check-ins: a signed-in participant checks in with the projected code. */
export const selfCheckInSchema = z
  .object({
    code: singleLineText().min(4).max(12),
    /** From the QR link; when typed by hand, the sessions happening now are searched. */
    sessionId: z.uuid().optional(),
  })
  .strict()
  .meta({ id: 'SelfCheckIn' });
export type SelfCheckInInput = z.input<typeof selfCheckInSchema>;

/** POST /api/events/{eventId}/walk-ins: a person at the door, in under a minute. */
export const walkInSchema = participantFieldsSchema
  .safeExtend({
    /** Also mark them present at this session. */
    sessionId: z.uuid().optional(),
  })
  .meta({ id: 'WalkIn' });
export type WalkInInput = z.input<typeof walkInSchema>;

export const rateSchema = z
  .object({
    held: z.number().int(),
    attended: z.number(),
    /** attended / held, 0..1; null when nothing was held yet. */
    rate: z.number().nullable(),
  })
  .meta({ id: 'AttendanceRate' });

/** GET /api/events/{eventId}/attendance/rates */
export const attendanceRatesSchema = z
  .object({
    lateCountsAs: lateRuleSchema,
    event: rateSchema,
    sessions: z.array(
      z.object({
        sessionId: z.uuid(),
        title: localizedTextSchema,
        startsAt: z.iso.datetime(),
        held: z.boolean(),
        counts: attendanceCountsSchema,
        rate: z.number().nullable(),
      }),
    ),
    participants: z.array(
      z.object({
        participantId: z.uuid(),
        fullNameAr: z.string(),
        fullNameLatin: z.string(),
        institution: institutionRefSchema.nullable(),
        rate: rateSchema,
      }),
    ),
  })
  .meta({ id: 'AttendanceRates' });
export type AttendanceRates = z.infer<typeof attendanceRatesSchema>;

/** GET /api/events/{eventId}/attendance/export?format=xlsx|pdf&sheet=matrix|sign-in&sessionId=&lang= */
export const attendanceExportQuerySchema = z
  .object({
    format: z.enum(['xlsx', 'pdf']).default('xlsx'),
    sheet: z.enum(['matrix', 'sign-in']).default('matrix'),
    /** Required for a sign-in sheet. */
    sessionId: z.uuid().optional(),
    lang: z.enum(['ar', 'en', 'fr']).optional(),
  })
  .strict()
  .refine((q) => q.sheet !== 'sign-in' || !!q.sessionId, {
    path: ['sessionId'],
    message: 'validation.required',
  })
  .meta({ id: 'AttendanceExportQuery' });

/** A session as a list outside its event shows it: with the event's title and clock. */
const sessionInEventFields = {
  eventId: z.uuid(),
  eventTitle: localizedTextSchema,
  timeZone: z.string(),
  sessionId: z.uuid(),
  title: localizedTextSchema,
  room: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
};

/** The participant portal: GET /api/me/schedule — sessions of their approved events with their attendance. */
export const myScheduleSchema = z
  .array(
    z.object({
      ...sessionInEventFields,
      attendance: z
        .object({ status: attendanceStatusSchema, takenAt: z.iso.datetime() })
        .nullable(),
    }),
  )
  .meta({ id: 'MySchedule' });
export type MySchedule = z.infer<typeof myScheduleSchema>;

/**
 * PUT /api/events/{eventId}/sessions/{sessionId}/attendance answers with the records as now held
 * and the session's live counts (not the whole roster: a tap should cost one small answer).
 */
export const markAttendanceResultSchema = z
  .object({ records: z.array(attendanceRecordSchema), counts: attendanceCountsSchema })
  .meta({ id: 'MarkAttendanceResult' });
export type MarkAttendanceResult = z.infer<typeof markAttendanceResultSchema>;

/** Why the caller may take attendance for a session. */
export const ATTENDANCE_TAKER_ROLES = ['admin', 'coordinator', 'speaker', 'door_staff'] as const;
export const attendanceTakerRoleSchema = z
  .enum(ATTENDANCE_TAKER_ROLES)
  .meta({ id: 'AttendanceTakerRole' });

/**
 * GET /api/me/attendance-sessions: the sessions the caller may take attendance for, today and
 * upcoming first, so trainers and door staff reach their rosters and scanners.
 */
export const attendanceSessionsSchema = z
  .array(
    z.object({
      ...sessionInEventFields,
      role: attendanceTakerRoleSchema,
      /** Door staff may only scan (scanner kit and sync). */
      scanOnly: z.boolean(),
    }),
  )
  .meta({ id: 'AttendanceSessions' });
export type AttendanceSessions = z.infer<typeof attendanceSessionsSchema>;

/** GET/PUT /api/events/{eventId}/door-staff */
export const doorStaffInputSchema = z
  .object({ userIds: z.array(z.uuid()).max(100) })
  .strict()
  .meta({ id: 'DoorStaffInput' });
export const doorStaffSchema = z
  .array(z.object({ id: z.uuid(), fullName: z.string() }))
  .meta({ id: 'DoorStaff' });
