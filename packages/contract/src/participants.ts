import { z } from 'zod';
import { languageSchema, pageSchema, paginationQuerySchema, sortOrderSchema } from './common.js';
import { countryCodeSchema, institutionRefSchema } from './institutions.js';
import { singleLineText } from './text.js';

export const GENDERS = ['female', 'male'] as const;
export const genderSchema = z.enum(GENDERS).meta({ id: 'Gender' });
export type Gender = z.infer<typeof genderSchema>;

/** E.164 shape (+ and up to 15 digits); the API also checks the number plan. */
export const phoneSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s().-]/g, ''))
  .pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, { message: 'validation.phone_e164' }));

const optionalText = (max: number) => singleLineText().max(max).optional().default('');

/** The standard participant fields, shared by registration, nomination and import. */
export const participantFieldsSchema = z
  .object({
    fullNameAr: optionalText(200),
    fullNameLatin: optionalText(200),
    gender: genderSchema,
    nationality: countryCodeSchema,
    institutionId: z.uuid().nullable().default(null),
    position: optionalText(200),
    email: z.email().trim().toLowerCase().max(254).nullable().default(null),
    phone: phoneSchema.nullable().default(null),
    preferredLanguage: languageSchema.default('ar'),
  })
  .strict()
  .refine((p) => p.fullNameAr.length >= 2 || p.fullNameLatin.length >= 2, {
    path: ['fullNameLatin'],
    message: 'validation.name_required',
  });

export const createParticipantSchema = participantFieldsSchema
  .safeExtend({
    /** Save even when likely duplicates exist (after a person has looked at them). */
    allowDuplicate: z.boolean().default(false),
  })
  .meta({ id: 'CreateParticipant' });
export type CreateParticipantInput = z.input<typeof createParticipantSchema>;

export const updateParticipantSchema = z
  .object({
    fullNameAr: singleLineText().max(200).optional(),
    fullNameLatin: singleLineText().max(200).optional(),
    gender: genderSchema.optional(),
    nationality: countryCodeSchema.optional(),
    institutionId: z.uuid().nullable().optional(),
    position: singleLineText().max(200).optional(),
    email: z.email().trim().toLowerCase().max(254).nullable().optional(),
    phone: phoneSchema.nullable().optional(),
    preferredLanguage: languageSchema.optional(),
  })
  .strict()
  .meta({ id: 'UpdateParticipant' });
export type UpdateParticipantInput = z.input<typeof updateParticipantSchema>;

export const participantSchema = z
  .object({
    id: z.uuid(),
    fullNameAr: z.string(),
    fullNameLatin: z.string(),
    gender: genderSchema,
    nationality: z.string(),
    institution: institutionRefSchema.nullable(),
    position: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    preferredLanguage: languageSchema,
    hasAccount: z.boolean(),
    registrationCount: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Participant' });
export type Participant = z.infer<typeof participantSchema>;

export const DUPLICATE_REASONS = ['email', 'phone', 'name'] as const;
export const duplicateCandidateSchema = z
  .object({
    /**
     * Null for a person outside the caller's events: the registry holds them, and the caller
     * learns nothing they did not type. `reasons` then says which typed value matched.
     */
    participant: participantSchema.nullable(),
    reasons: z.array(z.enum(DUPLICATE_REASONS)),
  })
  .meta({ id: 'DuplicateCandidate' });
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;
export const duplicateCandidatesSchema = z
  .array(duplicateCandidateSchema)
  .meta({ id: 'DuplicateCandidates' });

export const participantsPageSchema = pageSchema(participantSchema).meta({
  id: 'ParticipantsPage',
});

export const PARTICIPANT_SORT_FIELDS = ['name', 'createdAt'] as const;
export const listParticipantsQuerySchema = paginationQuerySchema.extend({
  q: singleLineText().max(200).optional(),
  institutionId: z.uuid().optional(),
  nationality: countryCodeSchema.optional(),
  eventId: z.uuid().optional(),
  sort: z.enum(PARTICIPANT_SORT_FIELDS).default('name'),
  order: sortOrderSchema.default('asc'),
});

export const mergeParticipantsSchema = z
  .object({ duplicateIds: z.array(z.uuid()).min(1).max(20) })
  .strict()
  .meta({ id: 'MergeParticipants' });

export const IMPORT_ROW_STATUSES = ['valid', 'duplicate', 'error'] as const;
export const importRowSchema = z
  .object({
    row: z.number().int(),
    status: z.enum(IMPORT_ROW_STATUSES),
    fullName: z.string(),
    /** The matches the caller may see. */
    duplicateOf: z.array(participantSchema).optional(),
    /** The registry also holds this person outside the caller's events (who, it does not say). */
    heldElsewhere: z.boolean().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })),
  })
  .meta({ id: 'ImportRow' });
export type ImportRow = z.infer<typeof importRowSchema>;

export const importReportSchema = z
  .object({
    rows: z.array(importRowSchema),
    counts: z.object({
      valid: z.number().int(),
      duplicate: z.number().int(),
      error: z.number().int(),
    }),
    /** Set when the rows were written (commit). */
    created: z.number().int().optional(),
    /** Set when the import also registered the people for an event. */
    registered: z.number().int().optional(),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof importReportSchema>;

/** The columns of the import template, in order; headers are these keys. */
export const IMPORT_COLUMNS = [
  'fullNameAr',
  'fullNameLatin',
  'gender',
  'nationality',
  'institution',
  'position',
  'email',
  'phone',
  'preferredLanguage',
] as const;
