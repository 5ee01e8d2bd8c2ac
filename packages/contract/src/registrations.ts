import { z } from 'zod';
import {
  localizedTextSchema,
  localizedTitleSchema,
  pageSchema,
  paginationQuerySchema,
} from './common.js';
import { countryCodeSchema, institutionRefSchema } from './institutions.js';
import { participantFieldsSchema, participantSchema } from './participants.js';
import { multiLineText, singleLineText } from './text.js';

export const REGISTRATION_STATUSES = [
  'submitted',
  'approved',
  'waitlisted',
  'rejected',
  'cancelled',
] as const;
export const registrationStatusSchema = z
  .enum(REGISTRATION_STATUSES)
  .meta({ id: 'RegistrationStatus' });
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

/** walk_in: registered at the door on the day (POST /api/events/{eventId}/walk-ins). */
export const REGISTRATION_SOURCES = [
  'online',
  'invitation',
  'nomination',
  'import',
  'walk_in',
] as const;
export const registrationSourceSchema = z
  .enum(REGISTRATION_SOURCES)
  .meta({ id: 'RegistrationSource' });

export const REGISTRATION_MODES = ['open', 'invitation_only'] as const;
export const registrationModeSchema = z.enum(REGISTRATION_MODES).meta({ id: 'RegistrationMode' });

export const QUESTION_KINDS = ['text', 'choice', 'yes_no', 'date'] as const;
export const questionKindSchema = z.enum(QUESTION_KINDS).meta({ id: 'QuestionKind' });

export const questionSchema = z
  .object({
    /** Stable key for answers; letters, digits and dashes. */
    key: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9-]{0,39}$/, { message: 'validation.question_key' }),
    kind: questionKindSchema,
    label: localizedTitleSchema,
    required: z.boolean().default(false),
    options: z
      .array(
        z.object({ value: singleLineText().min(1).max(60), label: localizedTitleSchema }).strict(),
      )
      .max(30)
      .default([]),
  })
  .strict()
  .refine((q) => q.kind !== 'choice' || q.options.length >= 2, {
    path: ['options'],
    message: 'validation.choice_options',
  })
  .meta({ id: 'Question' });
export type Question = z.infer<typeof questionSchema>;

export const registrationFormSchema = z
  .object({
    mode: registrationModeSchema.default('open'),
    approvalRequired: z.boolean().default(true),
    questions: z
      .array(questionSchema)
      .max(30)
      .default([])
      .refine((qs) => new Set(qs.map((q) => q.key)).size === qs.length, {
        message: 'validation.question_key_unique',
      }),
  })
  .strict()
  .meta({ id: 'RegistrationForm' });
export type RegistrationFormInput = z.input<typeof registrationFormSchema>;
export type RegistrationForm = z.output<typeof registrationFormSchema>;

/** Answers by question key: text and dates as strings, yes/no as booleans, choices as values. */
export const answersSchema = z
  .record(singleLineText(), z.union([multiLineText().max(2000), z.boolean()]))
  .default({});

export const QUOTA_SCOPES = ['institution', 'country'] as const;
export const quotaInputSchema = z
  .object({
    scope: z.enum(QUOTA_SCOPES),
    institutionId: z.uuid().optional(),
    countryCode: countryCodeSchema.optional(),
    capacity: z.number().int().min(0).max(100000),
  })
  .strict()
  .refine((q) => (q.scope === 'institution' ? !!q.institutionId : !!q.countryCode), {
    message: 'validation.quota_target',
  });
export const setQuotasSchema = z
  .object({ quotas: z.array(quotaInputSchema).max(200) })
  .strict()
  .meta({ id: 'SetQuotas' });

export const quotaSchema = z
  .object({
    scope: z.enum(QUOTA_SCOPES),
    institution: institutionRefSchema.nullable(),
    countryCode: z.string().nullable(),
    capacity: z.number().int(),
    approved: z.number().int(),
    remaining: z.number().int(),
    waitlisted: z.number().int(),
  })
  .meta({ id: 'Quota' });
export const quotasOverviewSchema = z
  .object({
    capacity: z.number().int(),
    approved: z.number().int(),
    remaining: z.number().int(),
    submitted: z.number().int(),
    waitlisted: z.number().int(),
    quotas: z.array(quotaSchema),
  })
  .meta({ id: 'QuotasOverview' });
export type QuotasOverview = z.infer<typeof quotasOverviewSchema>;

export const createInvitationCodeSchema = z
  .object({
    institutionId: z.uuid().nullable().default(null),
    maxUses: z.number().int().min(1).max(10000),
    expiresAt: z.iso.datetime({ offset: true }).nullable().default(null),
    note: singleLineText().max(200).default(''),
  })
  .strict()
  .meta({ id: 'CreateInvitationCode' });

export const invitationCodeSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    institution: institutionRefSchema.nullable(),
    maxUses: z.number().int(),
    uses: z.number().int(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    note: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'InvitationCode' });
export const invitationCodesSchema = z.array(invitationCodeSchema).meta({ id: 'InvitationCodes' });

/**
 * Self-registration on the public page: the person, answers, maybe a code. No password: the
 * emailed link proves the address, so the form cannot be used to guess one.
 */
export const publicRegistrationSchema = participantFieldsSchema
  .safeExtend({
    email: z.email().trim().toLowerCase().max(254),
    answers: answersSchema,
    invitationCode: singleLineText().toUpperCase().max(40).optional(),
    /** "My institution is not listed": its name, for a coordinator to create and set. */
    proposedInstitution: singleLineText().max(200).optional(),
    /** Sent again with a repeated submit (double tap, retry on a slow link): same answer, no duplicate. */
    submissionId: z.uuid(),
  })
  .meta({ id: 'PublicRegistration' });
export type PublicRegistrationInput = z.input<typeof publicRegistrationSchema>;

/** A coordinator registers an existing person, or a new one described here. */
export const nominateSchema = z
  .object({
    participantId: z.uuid().optional(),
    participant: participantFieldsSchema.optional(),
    answers: answersSchema,
  })
  .strict()
  .refine((n) => !!n.participantId !== !!n.participant, { message: 'validation.participant_or_id' })
  .meta({ id: 'Nominate' });

export const REGISTRATION_ACTIONS = ['approve', 'reject', 'waitlist'] as const;
export const bulkRegistrationActionSchema = z
  .object({
    action: z.enum(REGISTRATION_ACTIONS),
    registrationIds: z.array(z.uuid()).min(1).max(500),
    reason: multiLineText().max(500).optional(),
  })
  .strict()
  .meta({ id: 'BulkRegistrationAction' });

export const bulkResultSchema = z
  .object({
    updated: z.array(z.uuid()),
    /** Those left as they were, each with a code saying why (e.g. quota_full). */
    skipped: z.array(z.object({ id: z.uuid(), code: z.string(), message: z.string() })),
  })
  .meta({ id: 'BulkResult' });

export const registrationSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    participant: participantSchema,
    status: registrationStatusSchema,
    source: registrationSourceSchema,
    answers: z.record(z.string(), z.union([z.string(), z.boolean()])),
    waitlistPosition: z.number().int().nullable(),
    statusReason: z.string().nullable(),
    /** An institution the person named on the public form because it was not in the list. */
    proposedInstitution: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Registration' });
export type Registration = z.infer<typeof registrationSchema>;

export const registrationsPageSchema = pageSchema(registrationSchema).meta({
  id: 'RegistrationsPage',
});

export const listRegistrationsQuerySchema = paginationQuerySchema.extend({
  q: singleLineText().max(200).optional(),
  status: registrationStatusSchema.optional(),
  institutionId: z.uuid().optional(),
  nationality: countryCodeSchema.optional(),
});

/** Once an event has begun, a participant can no longer cancel their own registration. */
export const SELF_CANCEL_LOCKED_EVENT_STATUSES: readonly string[] = [
  'in_progress',
  'completed',
  'archived',
];

/** What the person sees after submitting, and in their portal. */
export const myRegistrationSchema = z
  .object({
    id: z.uuid(),
    status: registrationStatusSchema,
    waitlistPosition: z.number().int().nullable(),
    event: z.object({
      id: z.uuid(),
      title: localizedTextSchema,
      city: localizedTextSchema,
      countryCode: z.string(),
      timeZone: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      status: z.string(),
    }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'MyRegistration' });
export type MyRegistration = z.infer<typeof myRegistrationSchema>;
export const myRegistrationsSchema = z.array(myRegistrationSchema).meta({ id: 'MyRegistrations' });

/**
 * The public form's answer: the same for a new address, one with an account and one already
 * registered, so it tells nobody who is known. What differs is said in the email.
 */
export const publicRegistrationReceiptSchema = z
  .object({ submissionId: z.uuid() })
  .meta({ id: 'PublicRegistrationReceipt' });

/** The token from the link the public form's email carries. */
export const confirmRegistrationSchema = z
  .object({ token: singleLineText().min(10).max(200) })
  .strict()
  .meta({ id: 'ConfirmRegistration' });

/**
 * What the confirmation page shows: the registration, and a one-time token for choosing a
 * password when the person has no way to sign in yet.
 */
export const registrationConfirmedSchema = z
  .object({
    registration: myRegistrationSchema,
    setPasswordToken: z.string().nullable(),
  })
  .meta({ id: 'RegistrationConfirmed' });
export type RegistrationConfirmed = z.infer<typeof registrationConfirmedSchema>;

export const publicRegistrationFormSchema = z
  .object({
    eventId: z.uuid(),
    open: z.boolean(),
    /** Why registration is closed, when it is: not_open_yet | closed | status. */
    closedReason: z.string().nullable(),
    mode: registrationModeSchema,
    questions: z.array(questionSchema),
  })
  .meta({ id: 'PublicRegistrationForm' });

/**
 * A public form the background worker could not decide (its institution was deleted since,
 * say). It is kept, never dropped, until staff retry it or dismiss it.
 */
export const setAsideSubmissionSchema = z
  .object({
    submissionId: z.uuid(),
    fullNameAr: z.string(),
    fullNameLatin: z.string(),
    email: z.string(),
    submittedAt: z.iso.datetime(),
    setAsideAt: z.iso.datetime(),
    /** Why, in the reader's language. */
    reason: z.string(),
  })
  .meta({ id: 'SetAsideSubmission' });
export type SetAsideSubmission = z.infer<typeof setAsideSubmissionSchema>;
export const setAsideSubmissionsSchema = z
  .array(setAsideSubmissionSchema)
  .meta({ id: 'SetAsideSubmissions' });
