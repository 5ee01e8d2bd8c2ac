import { z } from 'zod';
import { localizedTextSchema, localizedTitleSchema } from './common.js';
import { isoDateSchema } from './events.js';
import { singleLineText } from './text.js';

export const SESSION_TYPES = ['plenary', 'panel', 'workshop', 'module'] as const;
export const sessionTypeSchema = z.enum(SESSION_TYPES).meta({ id: 'SessionType' });
export type SessionType = z.infer<typeof sessionTypeSchema>;

/** A local wall-clock time in the event's time zone, HH:MM (24 h). */
export const localTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.invalid_time' });

/** A speaker or trainer: a user of Multaqa, or someone from outside named here. */
export const speakerInputSchema = z
  .object({
    userId: z.uuid().optional(),
    name: singleLineText().min(2).max(200).optional(),
    affiliation: singleLineText().max(200).optional(),
  })
  .strict()
  .refine((s) => !!s.userId !== !!s.name, { message: 'validation.speaker_user_or_name' })
  .meta({ id: 'SpeakerInput' });

const sessionFields = {
  title: localizedTitleSchema,
  type: sessionTypeSchema,
  room: singleLineText().max(100).default(''),
  track: singleLineText().max(100).default(''),
  date: isoDateSchema,
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  moduleId: z.uuid().nullable().default(null),
  speakers: z.array(speakerInputSchema).max(20).default([]),
  /** Save even when the room or a speaker is booked elsewhere at the same time. */
  allowConflicts: z.boolean().default(false),
};

const endAfterStart = (s: { startTime?: string; endTime?: string }) =>
  !s.startTime || !s.endTime || s.endTime > s.startTime;

export const createSessionSchema = z
  .object(sessionFields)
  .strict()
  .refine(endAfterStart, { path: ['endTime'], message: 'validation.end_before_start' })
  .meta({ id: 'CreateSession' });
export type CreateSessionInput = z.input<typeof createSessionSchema>;

export const updateSessionSchema = z
  .object({
    title: sessionFields.title.optional(),
    type: sessionTypeSchema.optional(),
    room: singleLineText().max(100).optional(),
    track: singleLineText().max(100).optional(),
    date: isoDateSchema.optional(),
    startTime: localTimeSchema.optional(),
    endTime: localTimeSchema.optional(),
    moduleId: z.uuid().nullable().optional(),
    speakers: z.array(speakerInputSchema).max(20).optional(),
    allowConflicts: z.boolean().default(false),
  })
  .strict()
  .refine(endAfterStart, { path: ['endTime'], message: 'validation.end_before_start' })
  .meta({ id: 'UpdateSession' });
export type UpdateSessionInput = z.input<typeof updateSessionSchema>;

export const speakerSchema = z
  .object({
    userId: z.uuid().nullable(),
    name: z.string(),
    affiliation: z.string().nullable(),
  })
  .meta({ id: 'Speaker' });

export const sessionSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    title: localizedTextSchema,
    type: sessionTypeSchema,
    room: z.string(),
    track: z.string(),
    /** Instants in UTC; `date`, `startTime` and `endTime` are the same in the event's zone. */
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    date: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    module: z.object({ id: z.uuid(), title: localizedTextSchema }).nullable(),
    speakers: z.array(speakerSchema),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;
export const sessionsSchema = z.array(sessionSchema).meta({ id: 'Sessions' });

export const generateSessionsSchema = z
  .object({
    dayStart: localTimeSchema.default('09:00'),
    dayEnd: localTimeSchema.default('16:00'),
    breakStart: localTimeSchema.default('12:00'),
    breakEnd: localTimeSchema.default('13:00'),
    room: singleLineText().max(100).default(''),
    /** Remove the event's existing sessions first. */
    replaceExisting: z.boolean().default(false),
  })
  .strict()
  .refine((g) => g.dayStart < g.breakStart && g.breakStart <= g.breakEnd && g.breakEnd < g.dayEnd, {
    path: ['breakStart'],
    message: 'validation.day_plan',
  })
  .meta({ id: 'GenerateSessions' });
export type GenerateSessionsInput = z.input<typeof generateSessionsSchema>;

/** One booking that a new or moved session collides with; listed in a 409 session_conflict. */
export const sessionConflictSchema = z
  .object({
    kind: z.enum(['room', 'speaker']),
    /** The room, or the speaker's name. */
    subject: z.string(),
    /** The four below are null for a booking in an event the caller does not coordinate. */
    sessionId: z.uuid().nullable(),
    sessionTitle: localizedTextSchema.nullable(),
    eventId: z.uuid().nullable(),
    eventTitle: localizedTextSchema.nullable(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
  })
  .meta({ id: 'SessionConflict' });
export type SessionConflict = z.infer<typeof sessionConflictSchema>;
