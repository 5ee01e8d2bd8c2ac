import { z } from 'zod';
import { localizedTitleSchema, paginationQuerySchema, sortOrderSchema } from './common.js';
import { eventKindSchema } from './events.js';
import { countryCodeSchema } from './institutions.js';
import { genderSchema } from './participants.js';
import { singleLineText } from './text.js';

/*
 * Reports (DOMAIN.md story, step 7): what the center publishes at year end, broken down by
 * country, institution, gender, package and year. Every figure counts registrations as they were
 * decided (the registration's snapshot of institution, country and gender), so editing or
 * merging a person later does not rewrite last year.
 */

/**
 * "Trained", defined once: an approved registration at a held training (a training event that
 * is completed or archived) whose attendance meets the event's rule (the certificate rule's
 * minimum when the event has one, else DEFAULT_TRAINED_MIN_ATTENDANCE_PERCENT, with late
 * counting as the event's late rule says). A person trained twice counts once among "officials
 * trained" and twice among "places trained". The web app shows this sentence beside the figures
 * (i18n key reports.trained_definition).
 */
export const DEFAULT_TRAINED_MIN_ATTENDANCE_PERCENT = 80;
/** Event statuses that count as held. */
export const HELD_EVENT_STATUSES = ['completed', 'archived'] as const;

/** The dashboard's filters; every one optional, all combined with AND. */
const reportFilterFields = {
  /** Events starting in these years (inclusive, in the event's own calendar date). */
  yearFrom: z.coerce.number().int().min(1990).max(2100).optional(),
  yearTo: z.coerce.number().int().min(1990).max(2100).optional(),
  /** The participant's country at the decision. */
  countryCode: countryCodeSchema.optional(),
  /** The participant's institution at the decision, or any institution under it. */
  institutionId: z.uuid().optional(),
  gender: genderSchema.optional(),
  /** A training package, all its versions (the lineage). */
  packageLineageId: z.uuid().optional(),
  eventKind: eventKindSchema.optional(),
};
const yearsInOrder = (f: { yearFrom?: number; yearTo?: number }) =>
  f.yearFrom === undefined || f.yearTo === undefined || f.yearFrom <= f.yearTo;

export const reportFiltersSchema = z
  .object(reportFilterFields)
  .strict()
  .refine(yearsInOrder, { message: 'validation.year_range', path: ['yearTo'] })
  .meta({ id: 'ReportFilters' });
export type ReportFilters = z.output<typeof reportFiltersSchema>;
export type ReportFiltersInput = z.input<typeof reportFiltersSchema>;

const percent = z.number().nullable();

export const reportTotalsSchema = z
  .object({
    eventsHeld: z.number().int(),
    conferencesHeld: z.number().int(),
    trainingsHeld: z.number().int(),
    /** Countries the held events took place in. */
    hostCountries: z.number().int(),
    /** Distinct people trained. */
    officialsTrained: z.number().int(),
    /** Trained registrations (a person trained twice counts twice). */
    placesTrained: z.number().int(),
    /** Distinct countries and top-level institutions (ministries) of the people trained. */
    countries: z.number().int(),
    institutions: z.number().int(),
    /** Approved registrations at held events (conference attendees included). */
    participants: z.number().int(),
    /** Mean attendance rate over approved registrations at held events, 0–100. */
    attendanceRatePercent: percent,
    certificatesIssued: z.number().int(),
    /** Mean post-test minus pre-test, in percentage points. */
    knowledgeGainPoints: percent,
    postTestPassRatePercent: percent,
    /** Mean Likert rating, 1–5. */
    satisfactionMean: z.number().nullable(),
  })
  .meta({ id: 'ReportTotals' });
export type ReportTotals = z.infer<typeof reportTotalsSchema>;

export const reportYearRowSchema = z
  .object({
    year: z.number().int(),
    eventsHeld: z.number().int(),
    officialsTrained: z.number().int(),
    certificatesIssued: z.number().int(),
    attendanceRatePercent: percent,
  })
  .meta({ id: 'ReportYearRow' });

export const reportCountryRowSchema = z
  .object({
    countryCode: z.string(),
    officialsTrained: z.number().int(),
    participants: z.number().int(),
  })
  .meta({ id: 'ReportCountryRow' });

/** A top-level institution (ministry) with the institutions under it folded in. */
export const reportInstitutionRowSchema = z
  .object({
    institutionId: z.uuid().nullable(),
    /** Null for "no institution". */
    name: localizedTitleSchema.nullable(),
    countryCode: z.string().nullable(),
    officialsTrained: z.number().int(),
    participants: z.number().int(),
    certificatesIssued: z.number().int(),
  })
  .meta({ id: 'ReportInstitutionRow' });

export const reportGenderRowSchema = z
  .object({ gender: genderSchema.nullable(), officialsTrained: z.number().int() })
  .meta({ id: 'ReportGenderRow' });

export const reportPackageRowSchema = z
  .object({
    lineageId: z.uuid(),
    title: localizedTitleSchema,
    deliveries: z.number().int(),
    officialsTrained: z.number().int(),
    knowledgeGainPoints: percent,
    satisfactionMean: z.number().nullable(),
  })
  .meta({ id: 'ReportPackageRow' });

/** GET /api/reports/dashboard?<ReportFilters>: coordinators get their events' figures, admins all. */
export const reportDashboardSchema = z
  .object({
    filters: reportFiltersSchema,
    /** Years that have held events the caller may see, for the filter. */
    years: z.array(z.number().int()),
    totals: reportTotalsSchema,
    byYear: z.array(reportYearRowSchema),
    byCountry: z.array(reportCountryRowSchema),
    byInstitution: z.array(reportInstitutionRowSchema),
    byGender: z.array(reportGenderRowSchema),
    byPackage: z.array(reportPackageRowSchema),
    /**
     * The year-end sentence written from the figures, in the caller's language, e.g. "17
     * international events; 124 officials trained from 4 ministries in Somalia".
     */
    summary: z.string(),
    /** When the figures were last brought up to date. */
    refreshedAt: z.iso.datetime(),
  })
  .meta({ id: 'ReportDashboard' });
export type ReportDashboard = z.infer<typeof reportDashboardSchema>;

export const REPORT_EVENT_SORTS = [
  'startDate',
  'title',
  'participants',
  'trained',
  'attendance',
] as const;

/** GET /api/reports/events: the held events behind the figures, one row each, paginated. */
export const reportEventsQuerySchema = paginationQuerySchema
  .extend({
    ...reportFilterFields,
    /** Searches the event's title in every language. */
    search: singleLineText().max(200).optional(),
    sort: z.enum(REPORT_EVENT_SORTS).default('startDate'),
    order: sortOrderSchema.default('desc'),
  })
  .strict()
  .refine(yearsInOrder, { message: 'validation.year_range', path: ['yearTo'] })
  .meta({ id: 'ReportEventsQuery' });
export type ReportEventsQuery = z.output<typeof reportEventsQuerySchema>;

export const reportEventRowSchema = z
  .object({
    eventId: z.uuid(),
    title: localizedTitleSchema,
    kind: eventKindSchema,
    startDate: z.iso.date(),
    countryCode: z.string(),
    participants: z.number().int(),
    officialsTrained: z.number().int(),
    attendanceRatePercent: percent,
    certificatesIssued: z.number().int(),
    knowledgeGainPoints: percent,
    satisfactionMean: z.number().nullable(),
  })
  .meta({ id: 'ReportEventRow' });
export type ReportEventRow = z.infer<typeof reportEventRowSchema>;

export const reportEventsPageSchema = z
  .object({
    items: z.array(reportEventRowSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'ReportEventsPage' });

/**
 * GET /api/reports/year-end.pdf and /api/reports/year-end.xlsx, with the dashboard's filters:
 * the PDF holds the report in Arabic and in English (the certificates' engine), the XLSX the
 * same figures, one sheet per breakdown and one of the events. Both download as attachments.
 */
export const YEAR_END_FORMATS = ['pdf', 'xlsx'] as const;
