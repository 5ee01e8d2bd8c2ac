import {
  type CertificateClaims,
  type CertificateTemplateDesign,
  certificateLanguages,
  type Language,
  type LocalizedText,
  pickLocalized,
} from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { placeholdersUsed } from '../documents/certificate.js';

/** The issuer's name as printed on every certificate. */
export const CERTIFICATE_ISSUER = 'Multaqa';

/** Everything about one registration that claims are made of (the decision-time snapshot). */
export interface ClaimSource {
  registrationId: string;
  participantId: string;
  fullNameAr: string;
  fullNameLatin: string;
  preferredLanguage: Language;
  email: string | null;
  institutionName: LocalizedText | null;
}

export interface EventSource {
  id: string;
  title: LocalizedText;
  city: LocalizedText;
  venue: LocalizedText;
  startDate: string;
  endDate: string;
  timeZone: string;
  packageTitle: LocalizedText | null;
  hours: number | null;
  modules: { title: LocalizedText; hours: number }[];
}

/** The event with its package's title, hours and modules, as claims need them. */
export async function loadEventSource(
  manager: EntityManager,
  eventId: string,
): Promise<EventSource | null> {
  const [row]: {
    id: string;
    title: LocalizedText;
    city: LocalizedText;
    venue: LocalizedText;
    start_date: string;
    end_date: string;
    time_zone: string;
    package_title: LocalizedText | null;
    package_id: string | null;
  }[] = await manager.query(
    `SELECT e.id, e.title, e.city, e.venue, e.start_date::text AS start_date,
            e.end_date::text AS end_date, e.time_zone, p.title AS package_title, p.id AS package_id
       FROM events e LEFT JOIN training_packages p ON p.id = e.package_id WHERE e.id = $1`,
    [eventId],
  );
  if (!row) return null;
  const modules: { title: LocalizedText; hours: string | number }[] = row.package_id
    ? await manager.query(
        `SELECT title, hours FROM package_modules WHERE package_id = $1 ORDER BY position, id`,
        [row.package_id],
      )
    : [];
  const hours = modules.reduce((sum, m) => sum + Number(m.hours), 0);
  return {
    id: row.id,
    title: row.title,
    city: row.city,
    venue: row.venue,
    startDate: row.start_date,
    endDate: row.end_date,
    timeZone: row.time_zone,
    packageTitle: row.package_title,
    hours: row.package_id ? Math.round(hours * 10) / 10 : null,
    modules: modules.map((m) => ({ title: m.title, hours: Number(m.hours) })),
  };
}

/** The people of these registrations: names now, institution as decided. */
export async function loadClaimSources(
  manager: EntityManager,
  registrationIds: string[],
): Promise<Map<string, ClaimSource>> {
  if (registrationIds.length === 0) return new Map();
  const rows: {
    registration_id: string;
    participant_id: string;
    full_name_ar: string;
    full_name_latin: string;
    preferred_language: Language;
    email: string | null;
    institution_name: LocalizedText | null;
  }[] = await manager.query(
    `SELECT r.id AS registration_id, p.id AS participant_id, p.full_name_ar, p.full_name_latin,
            p.preferred_language, p.email, i.name AS institution_name
       FROM registrations r JOIN participants p ON p.id = r.participant_id
       LEFT JOIN institutions i ON i.id = coalesce(r.decided_institution_id, p.institution_id)
      WHERE r.id = ANY($1::uuid[])`,
    [registrationIds],
  );
  return new Map(
    rows.map((r) => [
      r.registration_id,
      {
        registrationId: r.registration_id,
        participantId: r.participant_id,
        fullNameAr: r.full_name_ar,
        fullNameLatin: r.full_name_latin,
        preferredLanguage: r.preferred_language,
        email: r.email,
        institutionName: r.institution_name,
      },
    ]),
  );
}

const perLanguage = (text: LocalizedText, languages: Language[]) =>
  Object.fromEntries(languages.map((l) => [l, pickLocalized(text, l)])) as Record<Language, string>;

/** YYYY-MM-DD of an instant in a time zone. */
export function dateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The claims of one certificate: exactly what it shows, in the template's languages. */
export function buildClaims(options: {
  serial: string;
  issuedAt: Date;
  design: Pick<CertificateTemplateDesign, 'languageMode' | 'elements'>;
  event: EventSource;
  person: Pick<ClaimSource, 'fullNameAr' | 'fullNameLatin' | 'institutionName'>;
  kid: string;
}): CertificateClaims {
  const { event, person, design } = options;
  const languages = certificateLanguages(design.languageMode);
  // Institution, venue and modules are claimed only when the template prints them.
  const printed = placeholdersUsed(design);
  const extras = {
    institution: printed.has('institution'),
    venue: printed.has('venue'),
    modules: printed.has('modules'),
  };
  const venueText = (l: Language) =>
    [pickLocalized(event.venue, l), pickLocalized(event.city, l)]
      .filter(Boolean)
      .join(l === 'ar' ? '، ' : ', ');
  return {
    v: 1,
    serial: options.serial,
    issuedOn: dateIn(options.issuedAt, event.timeZone),
    languageMode: design.languageMode,
    fullNameAr: person.fullNameAr,
    fullNameLatin: person.fullNameLatin,
    eventTitle: perLanguage(event.title, languages),
    packageTitle: event.packageTitle ? perLanguage(event.packageTitle, languages) : null,
    startDate: event.startDate,
    endDate: event.endDate,
    hours: event.hours,
    ...(extras.institution && person.institutionName
      ? { institution: perLanguage(person.institutionName, languages) }
      : {}),
    ...(extras.venue ? { venue: Object.fromEntries(languages.map((l) => [l, venueText(l)])) } : {}),
    ...(extras.modules && event.modules.length
      ? {
          modules: event.modules.map((m) => ({
            title: perLanguage(m.title, languages),
            hours: m.hours,
          })),
        }
      : {}),
    issuer: CERTIFICATE_ISSUER,
    kid: options.kid,
  };
}
