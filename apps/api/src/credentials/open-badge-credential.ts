import { createHash } from 'node:crypto';
import { type CertificateClaims, certificateLanguages, type Language } from '@multaqa/contract';
import { isoSeconds } from './bitstring-status-list.js';
import { didWebFor } from './did-web.js';

export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const VC2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

/** An Open Badges 3.0 IdentityObject (how a credential names its recipient without an id). */
export interface IdentityObject {
  type: 'IdentityObject';
  identityType: 'name' | 'emailAddress';
  hashed: boolean;
  identityHash: string;
  salt?: string;
}

export interface OpenBadgeInput {
  certificateId: string;
  serial: string;
  /** What the certificate shows: the credential says no more than this. */
  claims: CertificateClaims;
  eventId: string;
  /**
   * The recipient beyond the names the certificate prints: a subject id (a DID the person
   * gave), and/or their email address, which only ever appears as a salted SHA-256.
   */
  recipient?: { id?: string; email?: { address: string; salt: string } };
  /** The issuer's display name (defaults to the name the certificate prints). */
  issuerName?: string;
  publicUrl: string;
  /** The credential's bit in a status list; null for none. */
  status: { listUrl: string; index: number } | null;
  issuedAt: Date;
  /** The event's rule, for the criteria narrative; null or absent when unknown. */
  minAttendancePercent?: number | null;
}

/** OB 3.0's identity hash: `sha256$` and the hex SHA-256 of the value followed by the salt. */
export function identityHash(value: string, salt: string): string {
  return `sha256$${createHash('sha256')
    .update(value + salt)
    .digest('hex')}`;
}

/** The language the credential's texts are in: English when printed, else the first printed. */
export function credentialLanguage(claims: CertificateClaims): Language {
  const printed = certificateLanguages(claims.languageMode);
  return printed.includes('en') ? 'en' : printed[0];
}

function pick(texts: Partial<Record<Language, string>> | null, lang: Language): string | null {
  if (!texts) return null;
  return texts[lang] ?? texts.en ?? texts.fr ?? texts.ar ?? null;
}

const words: Record<
  Language,
  {
    dates: (start: string, end: string) => string;
    training: (pkg: string, hours: string) => string;
    event: (title: string) => string;
    criteria: (percent: number | null, title: string) => string;
    serial: (serial: string) => string;
  }
> = {
  en: {
    dates: (s, e) => (s === e ? `on ${s}` : `from ${s} to ${e}`),
    training: (pkg, hours) => `Completed the training "${pkg}"${hours ? ` (${hours} hours)` : ''}`,
    event: (title) => `Attended "${title}"`,
    criteria: (percent, title) =>
      percent === null
        ? `Met the attendance rule of "${title}".`
        : `Attended at least ${percent}% of the sessions of "${title}".`,
    serial: (serial) => `Certificate ${serial}.`,
  },
  fr: {
    dates: (s, e) => (s === e ? `le ${s}` : `du ${s} au ${e}`),
    training: (pkg, hours) => `A suivi la formation « ${pkg} »${hours ? ` (${hours} heures)` : ''}`,
    event: (title) => `A participé à « ${title} »`,
    criteria: (percent, title) =>
      percent === null
        ? `A satisfait à la règle d'assiduité de « ${title} ».`
        : `A assisté à au moins ${percent} % des sessions de « ${title} ».`,
    serial: (serial) => `Certificat ${serial}.`,
  },
  ar: {
    dates: (s, e) => (s === e ? `بتاريخ ${s}` : `من ${s} إلى ${e}`),
    training: (pkg, hours) => `أتمّ البرنامج التدريبي «${pkg}»${hours ? ` (${hours} ساعة)` : ''}`,
    event: (title) => `شارك في «${title}»`,
    criteria: (percent, title) =>
      percent === null
        ? `استوفى شرط الحضور في «${title}».`
        : `حضر ما لا يقل عن ${percent}٪ من جلسات «${title}».`,
    serial: (serial) => `الشهادة رقم ${serial}.`,
  },
};

/**
 * The certificate as an Open Badges 3.0 `OpenBadgeCredential` (VC Data Model 2.0), unsigned.
 * Only what the certificate shows goes in: the recipient's names (in clear, as printed), the
 * event, its dates and hours; an email address only as a salted hash.
 */
export function openBadgeCredential(input: OpenBadgeInput) {
  const { claims } = input;
  const base = input.publicUrl.replace(/\/$/, '');
  const did = didWebFor(base);
  const lang = credentialLanguage(claims);
  const w = words[lang];
  const eventTitle = pick(claims.eventTitle, lang) ?? claims.serial;
  const packageTitle = pick(claims.packageTitle, lang);
  const hours = claims.hours === null ? '' : String(claims.hours);
  const what = packageTitle ? w.training(packageTitle, hours) : w.event(eventTitle);
  const description = `${what}, ${w.dates(claims.startDate, claims.endDate)}.`;
  const certificateText = `${description} ${w.serial(input.serial)}`;

  const identifier: IdentityObject[] = [claims.fullNameAr, claims.fullNameLatin]
    .map((name) => name.trim())
    .filter((name, i, all) => name && all.indexOf(name) === i)
    .map((name) => ({
      type: 'IdentityObject',
      identityType: 'name',
      hashed: false,
      identityHash: name,
    }));
  const email = input.recipient?.email;
  if (email) {
    identifier.push({
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
      identityHash: identityHash(email.address.trim().toLowerCase(), email.salt),
      salt: email.salt,
    });
  }
  const validFrom = isoSeconds(input.issuedAt);

  return {
    '@context': [VC2_CONTEXT, OB3_CONTEXT],
    id: `urn:uuid:${input.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: eventTitle,
    description: certificateText,
    issuer: {
      id: did,
      type: ['Profile'],
      name: input.issuerName ?? claims.issuer,
      url: base,
    },
    validFrom,
    awardedDate: validFrom,
    credentialSubject: {
      ...(input.recipient?.id ? { id: input.recipient.id } : {}),
      type: ['AchievementSubject'],
      identifier,
      activityStartDate: `${claims.startDate}T00:00:00Z`,
      activityEndDate: `${claims.endDate}T00:00:00Z`,
      achievement: {
        id: `urn:uuid:${input.eventId}`,
        type: ['Achievement'],
        achievementType: 'CertificateOfCompletion',
        name: packageTitle ?? eventTitle,
        description,
        criteria: { narrative: w.criteria(input.minAttendancePercent ?? null, eventTitle) },
        inLanguage: lang,
      },
    },
    ...(input.status
      ? {
          credentialStatus: {
            id: `${input.status.listUrl}#${input.status.index}`,
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: String(input.status.index),
            statusListCredential: input.status.listUrl,
          },
        }
      : {}),
  };
}

export type OpenBadgeCredential = ReturnType<typeof openBadgeCredential>;
