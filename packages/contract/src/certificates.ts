import { z } from 'zod';
import { certificatePayload, splitCertificateToken } from './certificate-token.js';
import {
  languageSchema,
  localizedLineSchema,
  pageSchema,
  paginationQuerySchema,
} from './common.js';
import { jobSchema } from './jobs.js';
import { multiLineText, singleLineText } from './text.js';

export * from './certificate-token.js';

/*
 * Certificates (DOMAIN.md: Certificate). A template says how a certificate looks; an event's
 * rule says who gets one and with which template; issuing is a background job; each certificate
 * keeps the claims it shows (a snapshot), signed, so it can be checked without our database.
 */

// ---------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------

/**
 * The languages a certificate is printed in: one of ar, en, fr, or Arabic and English side by
 * side (`ar_en`: every text element's box is split in two, English in the left half, Arabic in
 * the right half; images, signatures and the QR are drawn once).
 */
export const CERTIFICATE_LANGUAGE_MODES = ['ar', 'en', 'fr', 'ar_en'] as const;
export const certificateLanguageModeSchema = z
  .enum(CERTIFICATE_LANGUAGE_MODES)
  .meta({ id: 'CertificateLanguageMode' });
export type CertificateLanguageMode = z.infer<typeof certificateLanguageModeSchema>;

/** The languages whose text a mode prints. */
export function certificateLanguages(mode: CertificateLanguageMode): ('ar' | 'en' | 'fr')[] {
  return mode === 'ar_en' ? ['ar', 'en'] : [mode];
}

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export const PAGE_ORIENTATIONS = ['landscape', 'portrait'] as const;

/** Page sizes in millimetres, portrait (width, height). */
export const PAGE_SIZE_MM: Record<(typeof PAGE_SIZES)[number], [number, number]> = {
  A4: [210, 297],
  Letter: [215.9, 279.4],
};

/**
 * Placeholders a text element may hold, replaced in each certificate's language:
 * - `{{name}}`: the participant's name in the language's script (Arabic name in ar, Latin in en/fr,
 *   the other one when that is missing); `{{nameAr}}`, `{{nameLatin}}` force a script;
 * - `{{event}}`: the event title; `{{package}}`: the training package title;
 * - `{{dates}}`: the event's dates, Gregorian (in Arabic followed by the Hijri, Umm al-Qura);
 *   `{{datesHijri}}`: the Hijri dates alone;
 * - `{{hours}}`: the package's total hours; `{{venue}}`: city and venue;
 * - `{{institution}}`: the participant's institution at the decision time;
 * - `{{serial}}`, `{{issuedOn}}` (the issue date, Gregorian; Hijri beside it in Arabic).
 * An element of kind `modules` prints the package's modules with their hours.
 */
export const CERTIFICATE_PLACEHOLDERS = [
  'name',
  'nameAr',
  'nameLatin',
  'event',
  'package',
  'dates',
  'datesHijri',
  'hours',
  'venue',
  'institution',
  'serial',
  'issuedOn',
] as const;
export type CertificatePlaceholder = (typeof CERTIFICATE_PLACEHOLDERS)[number];

export const CERTIFICATE_ELEMENT_KINDS = ['text', 'image', 'signature', 'qr', 'modules'] as const;
export const TEXT_ALIGNS = ['start', 'center', 'end'] as const;

/** Millimetres from the page's top-left corner, as designed for a left-to-right page. */
const mmValue = z.number().min(0).max(1000);

const templateTextSchema = z
  .object({
    ar: multiLineText().max(2000).optional(),
    en: multiLineText().max(2000).optional(),
    fr: multiLineText().max(2000).optional(),
  })
  .strict()
  .meta({ id: 'CertificateTemplateText' });

export const certificateElementSchema = z
  .object({
    /** Stable id within the template (the editor's key). */
    id: singleLineText().min(1).max(40),
    kind: z.enum(CERTIFICATE_ELEMENT_KINDS),
    x: mmValue,
    y: mmValue,
    width: mmValue.min(1),
    height: mmValue.min(1),
    /** `start` is the reading side: left in en/fr, right in ar (after mirroring). */
    align: z.enum(TEXT_ALIGNS).default('center'),
    fontSize: z.number().min(5).max(72).default(14),
    bold: z.boolean().default(false),
    /** #rrggbb */
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .default('#212529'),
    /** kind text: the text per language, with `{{placeholders}}`. */
    text: templateTextSchema.optional(),
    /** kind image or signature: an uploaded image (logo, seal, signature). */
    assetId: z.uuid().nullable().optional(),
    /** kind signature: who signs, printed under the image. */
    signatoryName: localizedLineSchema.optional(),
    signatoryTitle: localizedLineSchema.optional(),
  })
  .strict()
  .meta({ id: 'CertificateElement' });
export type CertificateElement = z.infer<typeof certificateElementSchema>;

export const certificateTemplateInputSchema = z
  .object({
    name: singleLineText().min(1).max(120),
    pageSize: z.enum(PAGE_SIZES).default('A4'),
    orientation: z.enum(PAGE_ORIENTATIONS).default('landscape'),
    languageMode: certificateLanguageModeSchema.default('ar_en'),
    /**
     * On an Arabic-only certificate, draw every element at its mirrored position (x measured
     * from the right edge) and swap start/end alignment. Off: positions are used as designed.
     */
    mirrorForRtl: z.boolean().default(true),
    backgroundAssetId: z.uuid().nullable().default(null),
    elements: z.array(certificateElementSchema).max(40),
  })
  .strict()
  .meta({ id: 'CertificateTemplateInput' });
export type CertificateTemplateInput = z.input<typeof certificateTemplateInputSchema>;
export type CertificateTemplateDesign = z.output<typeof certificateTemplateInputSchema>;

export const certificateTemplateSchema = certificateTemplateInputSchema
  .extend({
    id: z.uuid(),
    /** Certificates issued with it; a used template cannot be deleted, only archived. */
    issuedCount: z.number().int(),
    archived: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'CertificateTemplate' });
export type CertificateTemplate = z.infer<typeof certificateTemplateSchema>;

export const certificateTemplateListSchema = z
  .object({ items: z.array(certificateTemplateSchema) })
  .meta({ id: 'CertificateTemplateList' });

/**
 * PATCH: only the fields sent change. Written out without the input's defaults: zod 4 applies
 * a default inside `.partial()`, which would reset every field left out.
 */
export const updateCertificateTemplateSchema = z
  .object({
    name: singleLineText().min(1).max(120).optional(),
    pageSize: z.enum(PAGE_SIZES).optional(),
    orientation: z.enum(PAGE_ORIENTATIONS).optional(),
    languageMode: certificateLanguageModeSchema.optional(),
    mirrorForRtl: z.boolean().optional(),
    backgroundAssetId: z.uuid().nullable().optional(),
    elements: z.array(certificateElementSchema).max(40).optional(),
    archived: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'UpdateCertificateTemplate' });

/** POST /api/certificate-assets (multipart field `file`): PNG or JPEG, 2 MB at most. */
export const CERTIFICATE_ASSET_MAX_BYTES = 2 * 1024 * 1024;
export const CERTIFICATE_ASSET_TYPES = ['image/png', 'image/jpeg'] as const;
export const certificateAssetSchema = z
  .object({
    id: z.uuid(),
    contentType: z.enum(CERTIFICATE_ASSET_TYPES),
    widthPx: z.number().int(),
    heightPx: z.number().int(),
    /** GET this (signed-in staff) to show the image in the editor. */
    url: z.string(),
  })
  .meta({ id: 'CertificateAsset' });
export type CertificateAsset = z.infer<typeof certificateAssetSchema>;

/**
 * POST /api/certificate-templates/preview → application/pdf: the design as it stands in the
 * editor (saved or not), drawn with a real participant of the event when one is given (the
 * first who qualifies, else the first approved), else with sample data.
 */
export const certificatePreviewSchema = z
  .object({
    design: certificateTemplateInputSchema,
    eventId: z.uuid().optional(),
    registrationId: z.uuid().optional(),
  })
  .strict()
  .meta({ id: 'CertificatePreview' });

// ---------------------------------------------------------------------------------------------
// The event's rule and who qualifies
// ---------------------------------------------------------------------------------------------

export const certificateRuleSchema = z
  .object({
    /** Percent of held sessions attended (late counts as the event's late rule says). */
    minAttendancePercent: z.number().int().min(0).max(100).default(80),
    templateId: z.uuid(),
    /** Send each participant an email with the PDF attached and the verification link. */
    emailParticipants: z.boolean().default(true),
    /**
     * Also require a passed post-test (evaluations). Refused (422 post_test_missing) while the
     * event has no post-test set up.
     */
    requirePostTestPass: z.boolean().default(false),
  })
  .strict()
  .meta({ id: 'CertificateRule' });
export type CertificateRule = z.output<typeof certificateRuleSchema>;
export type CertificateRuleInput = z.input<typeof certificateRuleSchema>;

/** GET/PUT /api/events/{eventId}/certificate-rule; GET answers `{ rule: null }` when none is set. */
export const eventCertificateRuleSchema = z
  .object({ rule: certificateRuleSchema.nullable() })
  .meta({ id: 'EventCertificateRule' });

/** Why someone does not qualify (yet). */
export const INELIGIBILITY_REASONS = [
  'attendance_below_minimum',
  'no_sessions_held',
  'registration_not_approved',
  /** Its certificate was revoked without a replacement (e.g. issued by mistake): only an explicit reissue. */
  'certificate_revoked',
  /** The rule requires a passed post-test: not taken, or below its pass mark. */
  'post_test_not_passed',
] as const;
export const ineligibilityReasonSchema = z
  .enum(INELIGIBILITY_REASONS)
  .meta({ id: 'IneligibilityReason' });

export const CERTIFICATE_STATUSES = ['valid', 'revoked'] as const;
export const certificateStatusSchema = z
  .enum(CERTIFICATE_STATUSES)
  .meta({ id: 'CertificateStatus' });
export type CertificateStatus = z.infer<typeof certificateStatusSchema>;

export const eligibilityEntrySchema = z
  .object({
    registrationId: z.uuid(),
    participantId: z.uuid(),
    fullNameAr: z.string(),
    fullNameLatin: z.string(),
    institutionName: z.string().nullable(),
    attended: z.number(),
    held: z.number().int(),
    /** 0–100, null when no session has been held. */
    ratePercent: z.number().nullable(),
    qualifies: z.boolean(),
    reasons: z.array(ineligibilityReasonSchema),
    /** The valid certificate already issued for this registration, if any. */
    certificate: z
      .object({ id: z.uuid(), serial: z.string(), status: certificateStatusSchema })
      .nullable(),
  })
  .meta({ id: 'EligibilityEntry' });
export type EligibilityEntry = z.infer<typeof eligibilityEntrySchema>;

/** GET /api/events/{eventId}/certificates/eligibility: every approved registration. */
export const eligibilitySchema = z
  .object({
    rule: certificateRuleSchema.nullable(),
    entries: z.array(eligibilityEntrySchema),
    counts: z.object({
      approved: z.number().int(),
      qualifying: z.number().int(),
      /** Qualifying with no valid certificate yet: what "issue" would create. */
      toIssue: z.number().int(),
      issued: z.number().int(),
    }),
  })
  .meta({ id: 'Eligibility' });
export type Eligibility = z.infer<typeof eligibilitySchema>;

/**
 * POST /api/events/{eventId}/certificates/issue → 202 JobAccepted. Everyone who qualifies and
 * has no valid certificate, or the listed registrations among them. Issuing twice gives nobody
 * a second certificate. 409 `certificate_rule_missing` when the event has no rule.
 */
export const issueCertificatesSchema = z
  .object({ registrationIds: z.array(z.uuid()).max(5000).optional() })
  .strict()
  .meta({ id: 'IssueCertificates' });

export const issueCertificatesAcceptedSchema = z
  .object({ job: jobSchema })
  .meta({ id: 'IssueCertificatesAccepted' });

// ---------------------------------------------------------------------------------------------
// Certificates
// ---------------------------------------------------------------------------------------------

// Serials (MQ-YYYY-NNNNN-C) and the token's zod-free parts: certificate-token.ts.

/**
 * What a certificate shows, fixed when it is issued: the signed claims. Names and institution
 * come from the registration's snapshot at the decision time. Texts are in the certificate's
 * languages only. A certificate is drawn from its claims alone (and its template), so the PDF,
 * the verification page and the signature always agree.
 */
export const certificateClaimsSchema = z
  .object({
    /** Format version. */
    v: z.literal(1),
    serial: z.string(),
    /** Issue date, YYYY-MM-DD in the event's time zone. */
    issuedOn: z.string(),
    languageMode: certificateLanguageModeSchema,
    fullNameAr: z.string(),
    fullNameLatin: z.string(),
    /*
     * Texts by language hold the certificate's languages only (partialRecord: zod 4's record
     * over an enum would demand all three).
     */
    /** The event title in each language the certificate prints. */
    eventTitle: z.partialRecord(languageSchema, z.string()),
    /** Training package title, when the event delivers one. */
    packageTitle: z.partialRecord(languageSchema, z.string()).nullable(),
    startDate: z.string(),
    endDate: z.string(),
    /** Total hours of the package, null for a conference. */
    hours: z.number().nullable(),
    /*
     * Present only when the template prints them ({{institution}}, {{venue}}, a modules
     * element): the claims are exactly what the certificate shows, no more.
     */
    institution: z.partialRecord(languageSchema, z.string()).optional(),
    venue: z.partialRecord(languageSchema, z.string()).optional(),
    modules: z
      .array(
        z
          .object({ title: z.partialRecord(languageSchema, z.string()), hours: z.number() })
          .strict(),
      )
      .optional(),
    /** The issuer's name as printed. */
    issuer: z.string(),
    /** Signing key id. */
    kid: z.string(),
  })
  .strict()
  .meta({ id: 'CertificateClaims' });
export type CertificateClaims = z.infer<typeof certificateClaimsSchema>;

/**
 * A certificate's signed token is
 *
 *   MQC1.<payload>.<signature>
 *
 * `payload` is the base64url (no padding) of the canonical JSON (RFC 8785, JCS) of the
 * `CertificateClaims` (`certificatePayload`); `signature` the base64url Ed25519 signature over the
 * ASCII bytes of `payload`, with the key `kid` of the published keys (GET /api/public/signing-keys,
 * also at /.well-known/jwks.json). Anyone can check it with the public key alone, e.g.
 *   openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in payload.txt -sigfile sig.bin
 *
 * The QR code is a link to the public verification page that carries the token with its payload
 * **detached** (as JWS allows, RFC 7515 appendix F):
 *
 *   {PUBLIC_URL}/verify/{serial}#MQC1..<signature>
 *
 * The whole claims in the QR made a 2,300-character link, a QR of 177 modules a side that phones
 * cannot read from print. The claims are printed on the certificate, embedded in its PDF (the
 * document's `MultaqaCertificate` info entry holds the full token), and served by
 * GET /api/public/certificates/{serial}; the page recomputes the payload from them and checks the
 * signature in the browser, so a database that changed a certificate's claims is caught. The part
 * after `#` never reaches a server.
 */
export interface ParsedCertificateToken {
  claims: CertificateClaims;
  signedText: string;
  signature: Uint8Array;
}

/**
 * Splits and decodes a certificate token; null when it is not one. A detached token (from a QR
 * link) takes its payload from `claims` (as served for the serial). The signature is NOT checked.
 */
export function parseCertificateToken(
  token: string,
  claims?: CertificateClaims,
): ParsedCertificateToken | null {
  const split = splitCertificateToken(token);
  if (!split) return null;
  const signedText = split.payload ?? (claims ? certificatePayload(claims) : null);
  if (!signedText) return null;
  const json = split.payload === null ? claims : split.json;
  const parsed = certificateClaimsSchema.safeParse(json);
  return parsed.success ? { claims: parsed.data, signedText, signature: split.signature } : null;
}

export const certificateSchema = z
  .object({
    id: z.uuid(),
    serial: z.string(),
    status: certificateStatusSchema,
    eventId: z.uuid(),
    registrationId: z.uuid(),
    participantId: z.uuid(),
    templateId: z.uuid(),
    claims: certificateClaimsSchema,
    /** The QR link (with the detached signed token after `#`). */
    verificationUrl: z.string(),
    /** The full signed token (`MQC1.<payload>.<signature>`), for checks with the public key alone. */
    token: z.string(),
    issuedAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    revocationReason: z.string().nullable(),
    /** The serial of the certificate that replaced this one (re-issue). */
    replacedBySerial: z.string().nullable(),
  })
  .meta({ id: 'Certificate' });
export type Certificate = z.infer<typeof certificateSchema>;

export const certificateListQuerySchema = paginationQuerySchema
  .extend({
    status: certificateStatusSchema.optional(),
    /** Name in either script, or serial. */
    q: singleLineText().max(100).optional(),
  })
  .strict()
  .meta({ id: 'CertificateListQuery' });

/** GET /api/events/{eventId}/certificates */
export const certificatesPageSchema = pageSchema(certificateSchema).meta({
  id: 'CertificatesPage',
});

/** POST /api/certificates/{id}/revoke (admin). 409 `certificate_already_revoked`. */
export const revokeCertificateSchema = z
  .object({ reason: singleLineText().min(3).max(300) })
  .strict()
  .meta({ id: 'RevokeCertificate' });

/**
 * POST /api/certificates/{id}/reissue (admin): a new certificate with a new serial, from the
 * registration's data as it is now; the old one is revoked, pointing to the new one.
 */
export const reissueCertificateSchema = z
  .object({ reason: singleLineText().min(3).max(300) })
  .strict()
  .meta({ id: 'ReissueCertificate' });

/**
 * GET /api/public/certificates/{serial} (no sign-in, rate limited): exactly what the certificate
 * shows, and its status. Nothing else about the person.
 */
export const publicCertificateSchema = z
  .object({
    serial: z.string(),
    status: certificateStatusSchema,
    claims: certificateClaimsSchema,
    revokedAt: z.iso.datetime().nullable(),
    revocationReason: z.string().nullable(),
    replacedBySerial: z.string().nullable(),
  })
  .meta({ id: 'PublicCertificate' });
export type PublicCertificate = z.infer<typeof publicCertificateSchema>;

/** GET /api/me/certificates: the signed-in participant's certificates. */
export const myCertificatesSchema = z
  .object({ items: z.array(certificateSchema) })
  .meta({ id: 'MyCertificates' });

// Open Badges 3.0: GET /api/certificates/{id}/credential → application/vc+jwt (the VC-JWT of an
// OpenBadgeCredential signed EdDSA; issuer did:web of PUBLIC_URL, keys at /.well-known/jwks.json
// and in /.well-known/did.json); revocation by the Bitstring Status List credential at
// GET /api/public/credentials/status/{listId}.
