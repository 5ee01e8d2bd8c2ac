import { z } from 'zod';
import {
  languageSchema,
  localizedTextSchema,
  localizedTitleSchema,
  pageSchema,
  paginationQuerySchema,
  sortOrderSchema,
} from './common.js';
import { lateRuleSchema } from './attendance.js';
import { countryCodeSchema, institutionRefSchema } from './institutions.js';
import { multiLineText, singleLineText } from './text.js';

export const EVENT_KINDS = ['conference', 'training'] as const;
export const eventKindSchema = z.enum(EVENT_KINDS).meta({ id: 'EventKind' });
export type EventKind = z.infer<typeof eventKindSchema>;

export const EVENT_MODES = ['in_person', 'online', 'hybrid'] as const;
export const eventModeSchema = z.enum(EVENT_MODES).meta({ id: 'EventMode' });

export const EVENT_STATUSES = [
  'draft',
  'registration_open',
  'registration_closed',
  'in_progress',
  'completed',
  'archived',
  'cancelled',
] as const;
export const eventStatusSchema = z.enum(EVENT_STATUSES).meta({ id: 'EventStatus' });
export type EventStatus = z.infer<typeof eventStatusSchema>;

/** The lifecycle: which status may follow which. The API enforces it; the web offers only these. */
export const EVENT_TRANSITIONS: Record<EventStatus, EventStatus[]> = {
  draft: ['registration_open', 'cancelled'],
  registration_open: ['registration_closed', 'cancelled'],
  registration_closed: ['registration_open', 'in_progress', 'cancelled'],
  in_progress: ['completed'],
  completed: ['archived'],
  archived: [],
  cancelled: [],
};

/** Statuses in which the event can no longer be changed. */
export const READ_ONLY_EVENT_STATUSES: EventStatus[] = ['completed', 'archived', 'cancelled'];

/** Statuses shown on public pages. */
export const PUBLIC_EVENT_STATUSES: EventStatus[] = [
  'registration_open',
  'registration_closed',
  'in_progress',
  'completed',
];

export const isoDateSchema = z.iso.date({ message: 'validation.invalid_date' });

/** An IANA time zone that this runtime knows, e.g. Africa/Mogadishu. */
export const timeZoneSchema = singleLineText()
  .min(1)
  .refine(isKnownTimeZone, { message: 'validation.time_zone' })
  .meta({ id: 'TimeZone' });

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

const eventFields = {
  title: localizedTitleSchema,
  description: localizedTextSchema.default({}),
  venue: singleLineText().max(200).default(''),
  city: singleLineText().min(1).max(100),
  countryCode: countryCodeSchema,
  timeZone: timeZoneSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  mode: eventModeSchema.default('in_person'),
  languages: z.array(languageSchema).min(1).max(3),
  capacity: z.number().int().min(1).max(100000),
  registrationOpensAt: z.iso.datetime({ offset: true }).nullable().default(null),
  registrationClosesAt: z.iso.datetime({ offset: true }).nullable().default(null),
  partnerIds: z.array(z.uuid()).max(20).default([]),
  coordinatorIds: z.array(z.uuid()).max(20).default([]),
};

type DateRange = {
  startDate?: string;
  endDate?: string;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
};

function checkDates(value: DateRange, ctx: z.core.$RefinementCtx<DateRange>) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.end_before_start' });
  }
  if (
    value.registrationOpensAt &&
    value.registrationClosesAt &&
    Date.parse(value.registrationClosesAt) <= Date.parse(value.registrationOpensAt)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['registrationClosesAt'],
      message: 'validation.end_before_start',
    });
  }
}

export const createEventSchema = z
  .object({
    kind: eventKindSchema,
    packageId: z.uuid().nullable().default(null),
    ...eventFields,
  })
  .strict()
  .superRefine((value, ctx) => {
    checkDates(value, ctx as z.core.$RefinementCtx<DateRange>);
    if (value.kind === 'training' && !value.packageId) {
      ctx.addIssue({ code: 'custom', path: ['packageId'], message: 'validation.package_required' });
    }
  })
  .meta({ id: 'CreateEvent' });
export type CreateEventInput = z.input<typeof createEventSchema>;

export const updateEventSchema = z
  .object({
    packageId: z.uuid().optional(),
    title: eventFields.title.optional(),
    description: localizedTextSchema.optional(),
    venue: singleLineText().max(200).optional(),
    city: eventFields.city.optional(),
    countryCode: countryCodeSchema.optional(),
    timeZone: timeZoneSchema.optional(),
    startDate: isoDateSchema.optional(),
    endDate: isoDateSchema.optional(),
    mode: eventModeSchema.optional(),
    languages: eventFields.languages.optional(),
    capacity: eventFields.capacity.optional(),
    registrationOpensAt: z.iso.datetime({ offset: true }).nullable().optional(),
    registrationClosesAt: z.iso.datetime({ offset: true }).nullable().optional(),
    partnerIds: z.array(z.uuid()).max(20).optional(),
    coordinatorIds: z.array(z.uuid()).max(20).optional(),
    /** How a late arrival counts towards the attendance rate. */
    lateCountsAs: lateRuleSchema.optional(),
    /** Minutes after a session's start from which a scan counts as late. */
    lateAfterMinutes: z.number().int().min(0).max(240).optional(),
  })
  .strict()
  .superRefine((value, ctx) => checkDates(value, ctx as z.core.$RefinementCtx<DateRange>))
  .meta({ id: 'UpdateEvent' });
export type UpdateEventInput = z.input<typeof updateEventSchema>;

export const eventTransitionSchema = z
  .object({
    to: eventStatusSchema,
    reason: multiLineText().max(500).optional(),
  })
  .strict()
  .meta({ id: 'EventTransition' });
export type EventTransitionInput = z.input<typeof eventTransitionSchema>;

export const copyEventSchema = z
  .object({ startDate: isoDateSchema })
  .strict()
  .meta({ id: 'CopyEvent' });

export const userRefSchema = z
  .object({ id: z.uuid(), fullName: z.string() })
  .meta({ id: 'UserRef' });

export const moduleCoverageSchema = z
  .object({
    moduleId: z.uuid(),
    title: localizedTextSchema,
    requiredHours: z.number(),
    scheduledHours: z.number(),
  })
  .meta({ id: 'ModuleCoverage' });

const eventSummaryFields = {
  id: z.uuid(),
  kind: eventKindSchema,
  status: eventStatusSchema,
  title: localizedTextSchema,
  city: z.string(),
  countryCode: z.string(),
  timeZone: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  mode: eventModeSchema,
  capacity: z.number().int(),
  sessionCount: z.number().int(),
};

export const eventSummarySchema = z.object(eventSummaryFields).meta({ id: 'EventSummary' });
export type EventSummary = z.infer<typeof eventSummarySchema>;

export const eventStatusChangeSchema = z
  .object({
    from: eventStatusSchema.nullable(),
    to: eventStatusSchema,
    at: z.iso.datetime(),
    by: userRefSchema.nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'EventStatusChange' });

export const eventSchema = z
  .object({
    ...eventSummaryFields,
    description: localizedTextSchema,
    venue: z.string(),
    languages: z.array(languageSchema),
    registrationOpensAt: z.iso.datetime().nullable(),
    registrationClosesAt: z.iso.datetime().nullable(),
    package: z
      .object({
        id: z.uuid(),
        title: localizedTextSchema,
        version: z.number().int(),
        totalHours: z.number(),
      })
      .nullable(),
    partners: z.array(institutionRefSchema),
    coordinators: z.array(userRefSchema),
    /** For trainings: how much of each package module the programme covers. */
    coverage: z.array(moduleCoverageSchema),
    scheduledHours: z.number(),
    history: z.array(eventStatusChangeSchema),
    copiedFromId: z.uuid().nullable(),
    lateCountsAs: lateRuleSchema,
    lateAfterMinutes: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Event' });
export type Event = z.infer<typeof eventSchema>;

export const eventsPageSchema = pageSchema(eventSummarySchema).meta({ id: 'EventsPage' });

export const EVENT_SORT_FIELDS = ['startDate', 'title', 'createdAt'] as const;
export const listEventsQuerySchema = paginationQuerySchema.extend({
  q: singleLineText().max(200).optional(),
  kind: eventKindSchema.optional(),
  status: eventStatusSchema.optional(),
  countryCode: countryCodeSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  sort: z.enum(EVENT_SORT_FIELDS).default('startDate'),
  order: sortOrderSchema.default('desc'),
});
export type ListEventsQuery = z.input<typeof listEventsQuerySchema>;
