import { z } from 'zod';
import { pageSchema, paginationQuerySchema } from './common.js';

export const AUDIT_ACTIONS = ['insert', 'update', 'delete'] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS).meta({ id: 'AuditAction' });
export type AuditAction = z.infer<typeof auditActionSchema>;

/** Field values as stored, keyed by database column (e.g. institution_id). */
const auditFieldsSchema = z.record(z.string(), z.unknown()).nullable();

/** One change to one record: who, when, which record, and the fields before and after. */
export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: z.iso.datetime(),
    /** Null for the public, the system and start-up. */
    actor: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
    /** The table the record lives in, e.g. participants, registrations, events. */
    entityType: z.string(),
    entityId: z.string(),
    eventId: z.uuid().nullable(),
    participantId: z.uuid().nullable(),
    action: auditActionSchema,
    before: auditFieldsSchema,
    after: auditFieldsSchema,
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = pageSchema(auditEntrySchema).meta({ id: 'AuditPage' });

/** Newest first. */
export const listAuditQuerySchema = paginationQuerySchema;
