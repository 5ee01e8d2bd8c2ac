import { z } from 'zod';
import {
  languageSchema,
  localizedTextSchema,
  pageSchema,
  paginationQuerySchema,
} from './common.js';
import { eventKindSchema, eventModeSchema, eventStatusSchema } from './events.js';
import { registrationModeSchema } from './registrations.js';
import { sessionTypeSchema } from './sessions.js';
import { singleLineText } from './text.js';

/** What anyone may read about an event: never participants, never internal history. */
export const publicSessionSchema = z
  .object({
    id: z.uuid(),
    title: localizedTextSchema,
    type: sessionTypeSchema,
    room: z.string(),
    track: z.string(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    speakers: z.array(z.object({ name: z.string(), affiliation: z.string().nullable() })),
  })
  .meta({ id: 'PublicSession' });

const publicEventFields = {
  id: z.uuid(),
  kind: eventKindSchema,
  status: eventStatusSchema,
  title: localizedTextSchema,
  city: localizedTextSchema,
  countryCode: z.string(),
  timeZone: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  mode: eventModeSchema,
};

export const publicEventSummarySchema = z
  .object(publicEventFields)
  .meta({ id: 'PublicEventSummary' });
export type PublicEventSummary = z.infer<typeof publicEventSummarySchema>;

export const publicEventSchema = z
  .object({
    ...publicEventFields,
    description: localizedTextSchema,
    venue: localizedTextSchema,
    languages: z.array(languageSchema),
    registrationOpensAt: z.iso.datetime().nullable(),
    registrationClosesAt: z.iso.datetime().nullable(),
    /** invitation_only: the page says a code from one's institution is needed, before the form. */
    registrationMode: registrationModeSchema,
    partners: z.array(z.object({ name: localizedTextSchema, countryCode: z.string() })),
    sessions: z.array(publicSessionSchema),
  })
  .meta({ id: 'PublicEvent' });
export type PublicEvent = z.infer<typeof publicEventSchema>;

export const publicEventsPageSchema = pageSchema(publicEventSummarySchema).meta({
  id: 'PublicEventsPage',
});

export const listPublicEventsQuerySchema = paginationQuerySchema.extend({
  q: singleLineText().max(200).optional(),
});
