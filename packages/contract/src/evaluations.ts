import { z } from 'zod';
import { localizedTitleSchema } from './common.js';
import { institutionRefSchema } from './institutions.js';
import { multiLineText } from './text.js';

/*
 * Evaluations (DOMAIN.md: Evaluation). A training package version keeps a question bank; an
 * event's pre-test and post-test copy the bank's questions when they are set up (a snapshot, so
 * editing the bank for the next delivery never rescores this one); a satisfaction survey asks
 * Likert ratings and free text about the event, each held session and each trainer. Approved
 * participants take them in the portal or, without an account yet, through a link by email.
 */

export const EVALUATION_KINDS = ['pre_test', 'post_test', 'survey'] as const;
export const evaluationKindSchema = z.enum(EVALUATION_KINDS).meta({ id: 'EvaluationKind' });
export type EvaluationKind = z.infer<typeof evaluationKindSchema>;
export const isTestKind = (kind: EvaluationKind) => kind !== 'survey';

// ---------------------------------------------------------------------------------------------
// The question bank, per training package version
// ---------------------------------------------------------------------------------------------

export const QUESTION_TYPES = ['single', 'multiple'] as const;
export const questionTypeSchema = z.enum(QUESTION_TYPES).meta({ id: 'QuestionType' });
export type QuestionType = z.infer<typeof questionTypeSchema>;

/** Ids are chosen by the client (a new question or option gets a fresh uuid), so edits keep them. */
export const questionOptionSchema = z
  .object({
    id: z.uuid(),
    text: localizedTitleSchema,
    correct: z.boolean(),
  })
  .strict()
  .meta({ id: 'QuestionOption' });
export type QuestionOption = z.infer<typeof questionOptionSchema>;

/**
 * A single-choice question has exactly one correct option; a multiple-choice one at least one.
 * Multiple choice scores all or nothing: the chosen set must equal the correct set.
 */
export const bankQuestionSchema = z
  .object({
    id: z.uuid(),
    type: questionTypeSchema,
    prompt: localizedTitleSchema,
    options: z.array(questionOptionSchema).min(2).max(8),
    points: z.number().int().min(1).max(100).default(1),
  })
  .strict()
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (q.type === 'single' ? correct !== 1 : correct < 1) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'validation.question_correct' });
    }
    if (new Set(q.options.map((o) => o.id)).size !== q.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'validation.duplicate_ids' });
    }
  })
  .meta({ id: 'BankQuestion' });
export type BankQuestion = z.output<typeof bankQuestionSchema>;
export type BankQuestionInput = z.input<typeof bankQuestionSchema>;

/**
 * GET/PUT /api/training-packages/{packageId}/questions: the version's whole bank, in order.
 * PUT replaces it and is refused (409 package_not_draft) once the version is published, like
 * its modules; a new version starts with a copy of the bank.
 */
export const questionBankSchema = z
  .object({
    questions: z
      .array(bankQuestionSchema)
      .max(200)
      .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, {
        message: 'validation.duplicate_ids',
      }),
  })
  .strict()
  .meta({ id: 'QuestionBank' });
export type QuestionBank = z.output<typeof questionBankSchema>;
export type QuestionBankInput = z.input<typeof questionBankSchema>;

// ---------------------------------------------------------------------------------------------
// The survey's items
// ---------------------------------------------------------------------------------------------

export const SURVEY_ITEM_TYPES = ['likert', 'text'] as const;
/** What an item is asked about: the event once, every held session, or every trainer. */
export const SURVEY_SCOPES = ['event', 'session', 'trainer'] as const;
export const surveyScopeSchema = z.enum(SURVEY_SCOPES).meta({ id: 'SurveyScope' });
export type SurveyScope = z.infer<typeof surveyScopeSchema>;

export const surveyItemSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(SURVEY_ITEM_TYPES),
    prompt: localizedTitleSchema,
    scope: surveyScopeSchema,
  })
  .strict()
  .meta({ id: 'SurveyItem' });
export type SurveyItem = z.infer<typeof surveyItemSchema>;

/** Likert answers: 1 (strongly disagree) … 5 (strongly agree). */
export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;

// ---------------------------------------------------------------------------------------------
// An event's evaluations, set up by its coordinators
// ---------------------------------------------------------------------------------------------

/**
 * PUT /api/events/{eventId}/evaluations/{kind}. A test takes the questions chosen from the
 * package version's bank (all when `questionIds` is omitted) and copies them; a survey takes
 * its items. Once someone has answered, only the times may change (409 evaluation_answered).
 * Tests need a training (422 evaluation_needs_package); `closesAt` must follow `opensAt` (422).
 */
export const evaluationInputSchema = z
  .object({
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    /** Tests: the percent of points needed to pass. */
    passMarkPercent: z.number().int().min(0).max(100).default(60),
    /** Tests: which bank questions, in this order; omitted = the whole bank. */
    questionIds: z.array(z.uuid()).min(1).max(200).optional(),
    /** Surveys: the items, in order. */
    items: z.array(surveyItemSchema).max(50).optional(),
  })
  .strict()
  .meta({ id: 'EvaluationInput' });
export type EvaluationInput = z.output<typeof evaluationInputSchema>;

/** What a participant is shown of a test question: no correct flags. */
export const formQuestionSchema = z
  .object({
    id: z.uuid(),
    type: questionTypeSchema,
    prompt: localizedTitleSchema,
    options: z.array(z.object({ id: z.uuid(), text: localizedTitleSchema })),
    points: z.number().int(),
  })
  .meta({ id: 'FormQuestion' });
export type FormQuestion = z.infer<typeof formQuestionSchema>;

export const EVALUATION_STATES = ['scheduled', 'open', 'closed'] as const;
export const evaluationStateSchema = z.enum(EVALUATION_STATES).meta({ id: 'EvaluationState' });
export type EvaluationState = z.infer<typeof evaluationStateSchema>;

/** An event's evaluation as its staff see it (the test's questions with their correct options). */
export const evaluationSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    kind: evaluationKindSchema,
    opensAt: z.iso.datetime(),
    closesAt: z.iso.datetime(),
    state: evaluationStateSchema,
    passMarkPercent: z.number().int(),
    questions: z.array(bankQuestionSchema),
    items: z.array(surveyItemSchema),
    /** Approved registrations, and how many of them have answered. */
    expected: z.number().int(),
    answered: z.number().int(),
    /** When the last email with links went out, and to how many. */
    invitedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Evaluation' });
export type Evaluation = z.infer<typeof evaluationSchema>;

/** GET /api/events/{eventId}/evaluations: at most one of each kind. */
export const evaluationsSchema = z
  .object({ items: z.array(evaluationSchema) })
  .meta({ id: 'Evaluations' });

/**
 * POST /api/events/{eventId}/evaluations/{kind}/invitations: emails a personal link to every
 * approved participant who has not answered yet (those with an account are told to use the
 * portal, the link works for them too). 422 evaluation_closed once closed.
 */
export const evaluationInvitationsResultSchema = z
  .object({ sent: z.number().int() })
  .meta({ id: 'EvaluationInvitationsResult' });

// ---------------------------------------------------------------------------------------------
// Taking an evaluation: the portal and the emailed link
// ---------------------------------------------------------------------------------------------

/** One row to answer in a survey form: an item, expanded per held session or per trainer. */
export const surveyFormRowSchema = z
  .object({
    itemId: z.uuid(),
    type: z.enum(SURVEY_ITEM_TYPES),
    prompt: localizedTitleSchema,
    scope: surveyScopeSchema,
    sessionId: z.uuid().nullable(),
    trainerId: z.uuid().nullable(),
    /** The session's title or the trainer's name, in the reader's language; null for the event. */
    subject: z.string().nullable(),
  })
  .meta({ id: 'SurveyFormRow' });
export type SurveyFormRow = z.infer<typeof surveyFormRowSchema>;

/** The event an evaluation belongs to, as the person answering sees it (times in its zone). */
export const evaluationEventSchema = z
  .object({ id: z.uuid(), title: localizedTitleSchema, timeZone: z.string() })
  .meta({ id: 'EvaluationEvent' });

/** What the participant learns after answering: their score for a test, nothing for a survey. */
export const myEvaluationResultSchema = z
  .object({
    submittedAt: z.iso.datetime(),
    scorePercent: z.number().nullable(),
    passed: z.boolean().nullable(),
  })
  .meta({ id: 'MyEvaluationResult' });
export type MyEvaluationResult = z.infer<typeof myEvaluationResultSchema>;

export const evaluationFormSchema = z
  .object({
    evaluationId: z.uuid(),
    kind: evaluationKindSchema,
    event: evaluationEventSchema,
    opensAt: z.iso.datetime(),
    closesAt: z.iso.datetime(),
    state: evaluationStateSchema,
    passMarkPercent: z.number().int(),
    questions: z.array(formQuestionSchema),
    rows: z.array(surveyFormRowSchema),
    /** Set once answered: a second submission is refused (409 evaluation_already_answered). */
    result: myEvaluationResultSchema.nullable(),
  })
  .meta({ id: 'EvaluationForm' });
export type EvaluationForm = z.infer<typeof evaluationFormSchema>;

export const testAnswerSchema = z
  .object({ questionId: z.uuid(), optionIds: z.array(z.uuid()).max(8) })
  .strict();
export const surveyAnswerSchema = z
  .object({
    itemId: z.uuid(),
    sessionId: z.uuid().nullable().default(null),
    trainerId: z.uuid().nullable().default(null),
    rating: z.number().int().min(LIKERT_MIN).max(LIKERT_MAX).nullable().default(null),
    text: multiLineText().max(2000).nullable().default(null),
  })
  .strict();

/**
 * POST /api/me/evaluations/{evaluationId}/responses, or /api/public/evaluations/{token}/responses.
 * A test must answer every question (422 evaluation_incomplete naming the missing ones); a
 * survey's rows are all optional. Outside the window: 422 evaluation_not_open / evaluation_closed.
 */
export const evaluationResponseInputSchema = z
  .object({
    answers: z.array(testAnswerSchema).max(200).default([]),
    survey: z.array(surveyAnswerSchema).max(500).default([]),
  })
  .strict()
  .meta({ id: 'EvaluationResponseInput' });
export type EvaluationResponseInput = z.output<typeof evaluationResponseInputSchema>;

/** GET /api/me/evaluations: the evaluations of the caller's approved registrations. */
export const myEvaluationSchema = z
  .object({
    evaluationId: z.uuid(),
    kind: evaluationKindSchema,
    event: evaluationEventSchema,
    opensAt: z.iso.datetime(),
    closesAt: z.iso.datetime(),
    state: evaluationStateSchema,
    result: myEvaluationResultSchema.nullable(),
  })
  .meta({ id: 'MyEvaluation' });
export type MyEvaluation = z.infer<typeof myEvaluationSchema>;
export const myEvaluationsSchema = z
  .object({ items: z.array(myEvaluationSchema) })
  .meta({ id: 'MyEvaluations' });

// ---------------------------------------------------------------------------------------------
// Results, for the event's staff (and the reports)
// ---------------------------------------------------------------------------------------------

export const participantTestResultSchema = z
  .object({
    registrationId: z.uuid(),
    participantId: z.uuid(),
    fullNameAr: z.string(),
    fullNameLatin: z.string(),
    institution: institutionRefSchema.nullable(),
    prePercent: z.number().nullable(),
    postPercent: z.number().nullable(),
    /** Post minus pre, in percentage points; null unless both were taken. */
    gainPoints: z.number().nullable(),
    postPassed: z.boolean().nullable(),
  })
  .meta({ id: 'ParticipantTestResult' });
export type ParticipantTestResult = z.infer<typeof participantTestResultSchema>;

export const surveyItemResultSchema = z
  .object({
    itemId: z.uuid(),
    prompt: localizedTitleSchema,
    scope: surveyScopeSchema,
    sessionId: z.uuid().nullable(),
    trainerId: z.uuid().nullable(),
    subject: z.string().nullable(),
    count: z.number().int(),
    /** Mean rating 1–5; null with no ratings. */
    mean: z.number().nullable(),
    /** How many gave 1, 2, 3, 4 and 5. */
    distribution: z.array(z.number().int()).length(5),
  })
  .meta({ id: 'SurveyItemResult' });
export type SurveyItemResult = z.infer<typeof surveyItemResultSchema>;

/**
 * GET /api/events/{eventId}/evaluations/results. Survey answers are shown without names: the
 * comments carry no person, and a row with fewer than 3 ratings still shows (small cohorts).
 */
export const evaluationResultsSchema = z
  .object({
    cohort: z.object({
      approved: z.number().int(),
      preTaken: z.number().int(),
      postTaken: z.number().int(),
      preMeanPercent: z.number().nullable(),
      postMeanPercent: z.number().nullable(),
      /** Mean of post minus pre over those who took both. */
      gainPoints: z.number().nullable(),
      /** Of those who took the post-test. */
      passRatePercent: z.number().nullable(),
      surveyResponses: z.number().int(),
      satisfactionMean: z.number().nullable(),
    }),
    participants: z.array(participantTestResultSchema),
    survey: z.array(surveyItemResultSchema),
    comments: z.array(
      z.object({ itemId: z.uuid(), subject: z.string().nullable(), text: z.string() }),
    ),
  })
  .meta({ id: 'EvaluationResults' });
export type EvaluationResults = z.infer<typeof evaluationResultsSchema>;
