import type { AttendanceStatus, CreateEventInput, Gender, Language } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { addPeople, type Newcomer, takeAttendance, trainingPattern } from './demo-attendance.js';
import { socialMediaPackage } from './demo-data.js';
import { NameSource, type Region } from './demo-names.js';

/**
 * The centre's years before and after Mogadishu (DOMAIN.md: "15+ international events"): the
 * April 2019 conference's 300 attendees from 30 countries, and thirteen smaller events held
 * 2019–2025, so the year-end figures have a history to count.
 */

/** The conference's 30 countries, ten attendees each, and the naming region of each. */
export const CONFERENCE_COUNTRIES: [string, Region][] = [
  ...(
    ['SA', 'EG', 'JO', 'MA', 'TN', 'DZ', 'AE', 'QA', 'KW', 'OM', 'BH', 'IQ', 'LB', 'MR'] as const
  ).map((c): [string, Region] => [c, 'arab']),
  ...(['SN', 'ML', 'NE', 'TD', 'BF', 'CI', 'NG'] as const).map((c): [string, Region] => [
    c,
    'westAfrica',
  ]),
  ...(['KE', 'ET', 'UG', 'DJ', 'TZ'] as const).map((c): [string, Region] => [c, 'eastAfrica']),
  ...(['ID', 'MY', 'PK', 'TR'] as const).map((c): [string, Region] => [c, 'asia']),
];
const REGION = new Map(CONFERENCE_COUNTRIES);
const ATTENDEES_PER_COUNTRY = 10;

const t = (ar: string, en: string, fr: string) => ({ ar, en, fr });

/** One institution per country, of three kinds in turn; those hosting a training are ministries. */
const KINDS = [
  {
    kind: 'ministry',
    name: t('وزارة الداخلية', 'Ministry of the Interior', 'Ministère de l’Intérieur'),
  },
  { kind: 'university', name: t('الجامعة الوطنية', 'National University', 'Université nationale') },
  {
    kind: 'agency',
    name: t('الهيئة الوطنية للإعلام', 'National Media Authority', 'Autorité nationale des médias'),
  },
] as const;

/** Every country's institution, in CONFERENCE_COUNTRIES order; names carry the country's name. */
export async function addCountryInstitutions(tx: EntityManager): Promise<Map<string, string>> {
  const hosts = new Set(HELD.filter((e) => e.kind === 'training').map((e) => e.country));
  const countryName = (lang: Language, code: string) =>
    new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  const rows = CONFERENCE_COUNTRIES.map(([code], i) => {
    const { kind, name } = KINDS[hosts.has(code) ? 0 : i % KINDS.length];
    return {
      code,
      kind,
      name: Object.fromEntries(
        (['ar', 'en', 'fr'] as const).map((l) => [l, `${name[l]} — ${countryName(l, code)}`]),
      ),
    };
  });
  const ids: { id: string }[] = await tx.query(
    `INSERT INTO institutions (name, kind, country_code)
     SELECT k.name, k.kind::institution_kind, k.code
       FROM unnest($1::jsonb[], $2::text[], $3::text[]) WITH ORDINALITY AS k(name, kind, code, n)
      ORDER BY k.n
     RETURNING id`,
    [rows.map((r) => JSON.stringify(r.name)), rows.map((r) => r.kind), rows.map((r) => r.code)],
  );
  return new Map(rows.map((r, i) => [r.code, ids[i].id]));
}

/** Mostly men, one woman in three, as at the real events. */
const genderOf = (i: number): Gender => (i % 3 === 1 ? 'female' : 'male');

function attendees(
  names: NameSource,
  institutions: Map<string, string>,
  countries: string[],
  count: number,
): Newcomer[] {
  return Array.from({ length: count }, (_, i) => {
    const country = countries[i % countries.length];
    const region = REGION.get(country)!;
    return {
      ...names.next(region, genderOf(i)),
      nationality: country,
      institutionId: institutions.get(country)!,
      preferredLanguage: region === 'arab' ? 'ar' : region === 'westAfrica' ? 'fr' : 'en',
    };
  });
}

/**
 * Plenary every morning, then two tracks side by side: each attendee follows one track a day
 * (alternating), and their attendance is taken only there. Nearly everyone came.
 */
const conferencePattern =
  (tracks: (string | null)[]) =>
  (i: number, k: number): AttendanceStatus | null => {
    const track = tracks[k];
    const day = Math.floor(k / 3);
    if (track && track !== ((i + day) % 2 === 0 ? 'A' : 'B')) return null;
    const roll = (i * 3 + k * 7) % 20;
    return roll === 0 ? 'absent' : roll < 3 ? 'late' : 'present';
  };

export async function seedConferenceAttendees(
  tx: EntityManager,
  options: {
    eventId: string;
    names: NameSource;
    institutions: Map<string, string>;
    createdById: string;
    takenById: string;
    register: (ids: string[]) => Promise<void>;
  },
): Promise<void> {
  const people = attendees(
    options.names,
    options.institutions,
    CONFERENCE_COUNTRIES.map(([c]) => c),
    CONFERENCE_COUNTRIES.length * ATTENDEES_PER_COUNTRY,
  );
  const ids = await addPeople(tx, people, {
    emailPrefix: 'attendee',
    createdById: options.createdById,
  });
  await options.register(ids);
  const sessions: { track: string }[] = await tx.query(
    // Plenary before the tracks each morning, track A before B: the order the pattern expects.
    'SELECT track FROM event_sessions WHERE event_id = $1 ORDER BY starts_at, track, id',
    [options.eventId],
  );
  await takeAttendance(tx, {
    eventId: options.eventId,
    participantIds: ids,
    takenById: options.takenById,
    pattern: conferencePattern(sessions.map((s) => s.track || null)),
  });
}

interface HeldEvent {
  kind: 'training' | 'conference';
  start: string;
  country: string;
  timeZone: string;
  city: { ar: string; en: string; fr: string };
  /** Conferences: their theme; trainings deliver the social-media package. */
  title?: { ar: string; en: string; fr: string };
  /** Where the people came from: the host country for a training. */
  guests: string[];
  size: number;
  mode?: 'in_person' | 'online';
}

export const HELD: HeldEvent[] = [
  {
    kind: 'conference',
    start: '2019-10-08',
    country: 'MA',
    timeZone: 'Africa/Casablanca',
    city: t('الرباط', 'Rabat', 'Rabat'),
    title: t(
      'ندوة إقليمية: الإعلام والوقاية من التطرف العنيف',
      'Regional seminar: the media and preventing violent extremism',
      'Séminaire régional : les médias et la prévention de l’extrémisme violent',
    ),
    guests: ['MA', 'TN', 'DZ', 'MR', 'SN'],
    size: 18,
  },
  {
    kind: 'training',
    start: '2019-11-17',
    country: 'MR',
    timeZone: 'Africa/Nouakchott',
    city: t('نواكشوط', 'Nouakchott', 'Nouakchott'),
    guests: ['MR'],
    size: 14,
  },
  {
    kind: 'conference',
    start: '2020-02-23',
    country: 'EG',
    timeZone: 'Africa/Cairo',
    city: t('القاهرة', 'Cairo', 'Le Caire'),
    title: t(
      'الخطاب الديني في مواجهة السرديات المتطرفة',
      'Religious discourse against extremist narratives',
      'Le discours religieux face aux récits extrémistes',
    ),
    guests: ['EG', 'JO', 'IQ', 'LB'],
    size: 16,
  },
  {
    kind: 'training',
    start: '2021-03-14',
    country: 'DJ',
    timeZone: 'Africa/Djibouti',
    city: t('جيبوتي', 'Djibouti', 'Djibouti'),
    guests: ['DJ'],
    size: 12,
  },
  {
    kind: 'conference',
    start: '2021-06-20',
    country: 'SA',
    timeZone: 'Asia/Riyadh',
    city: t('الرياض', 'Riyadh', 'Riyad'),
    title: t(
      'التطرف على الإنترنت في زمن الجائحة',
      'Online radicalisation during the pandemic',
      'La radicalisation en ligne pendant la pandémie',
    ),
    guests: ['SA', 'AE', 'QA', 'KW', 'OM', 'BH', 'ID', 'MY', 'PK'],
    size: 20,
    mode: 'online',
  },
  {
    kind: 'training',
    start: '2021-11-07',
    country: 'TD',
    timeZone: 'Africa/Ndjamena',
    city: t('نجامينا', 'N’Djamena', 'N’Djamena'),
    guests: ['TD'],
    size: 16,
  },
  {
    kind: 'conference',
    start: '2022-05-10',
    country: 'JO',
    timeZone: 'Asia/Amman',
    city: t('عمّان', 'Amman', 'Amman'),
    title: t(
      'الشباب وبناء المناعة ضد خطاب الكراهية',
      'Young people and resilience to hate speech',
      'Les jeunes et la résilience face aux discours de haine',
    ),
    guests: ['JO', 'LB', 'IQ', 'EG', 'TR'],
    size: 16,
  },
  {
    kind: 'training',
    start: '2022-09-18',
    country: 'ML',
    timeZone: 'Africa/Bamako',
    city: t('باماكو', 'Bamako', 'Bamako'),
    guests: ['ML'],
    size: 18,
  },
  {
    kind: 'conference',
    start: '2023-03-07',
    country: 'MY',
    timeZone: 'Asia/Kuala_Lumpur',
    city: t('كوالالمبور', 'Kuala Lumpur', 'Kuala Lumpur'),
    title: t(
      'المنصات الرقمية ومكافحة التطرف في آسيا',
      'Digital platforms and countering extremism in Asia',
      'Plateformes numériques et lutte contre l’extrémisme en Asie',
    ),
    guests: ['MY', 'ID', 'PK', 'TR'],
    size: 15,
  },
  {
    kind: 'training',
    start: '2023-10-15',
    country: 'BF',
    timeZone: 'Africa/Ouagadougou',
    city: t('واغادوغو', 'Ouagadougou', 'Ouagadougou'),
    guests: ['BF'],
    size: 15,
  },
  {
    kind: 'conference',
    start: '2024-04-23',
    country: 'KE',
    timeZone: 'Africa/Nairobi',
    city: t('نيروبي', 'Nairobi', 'Nairobi'),
    title: t(
      'منتدى شرق أفريقيا لمواجهة خطاب التطرف',
      'East Africa forum on countering extremist speech',
      'Forum d’Afrique de l’Est contre les discours extrémistes',
    ),
    guests: ['KE', 'ET', 'UG', 'TZ', 'DJ'],
    size: 20,
  },
  {
    kind: 'training',
    start: '2025-02-09',
    country: 'SN',
    timeZone: 'Africa/Dakar',
    city: t('داكار', 'Dakar', 'Dakar'),
    guests: ['SN'],
    size: 20,
  },
  {
    kind: 'conference',
    start: '2025-11-18',
    country: 'TN',
    timeZone: 'Africa/Tunis',
    city: t('تونس', 'Tunis', 'Tunis'),
    title: t(
      'المرأة والوقاية من التطرف',
      'Women and the prevention of extremism',
      'Les femmes et la prévention de l’extrémisme',
    ),
    guests: ['TN', 'DZ', 'MA', 'LB', 'QA'],
    size: 16,
  },
];

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Trainings run five days (the package's 30 hours), conferences two. */
const TRAINING_DAYS = 5;
const CONFERENCE_DAYS = 2;

const languagesOf = (country: string): Language[] => {
  const region = REGION.get(country);
  return region === 'westAfrica' || country === 'DJ' || country === 'MA' || country === 'TN'
    ? ['fr', 'ar']
    : region === 'arab'
      ? ['ar', 'en']
      : ['en', 'ar'];
};

export function heldEventInput(e: HeldEvent, packageId: string): CreateEventInput {
  const training = e.kind === 'training';
  const title = training
    ? Object.fromEntries(
        (['ar', 'en', 'fr'] as const).map((l) => [
          l,
          `${socialMediaPackage.title[l]} — ${e.city[l]}`,
        ]),
      )
    : e.title!;
  return {
    kind: e.kind,
    ...(training ? { packageId } : {}),
    title,
    venue: training
      ? t('مركز التدريب', 'Training Centre', 'Centre de formation')
      : t('مركز المؤتمرات', 'Conference Centre', 'Centre de conférences'),
    city: e.city,
    countryCode: e.country,
    timeZone: e.timeZone,
    startDate: e.start,
    endDate: addDays(e.start, (training ? TRAINING_DAYS : CONFERENCE_DAYS) - 1),
    mode: e.mode ?? 'in_person',
    languages: languagesOf(e.country),
    capacity: e.size + 5,
  };
}

const CONFERENCE_DAY = [
  ['plenary', '09:00', '10:30', t('جلسة عامة', 'Plenary', 'Séance plénière')],
  ['panel', '11:00', '12:30', t('حلقة نقاش', 'Panel discussion', 'Table ronde')],
  ['workshop', '14:00', '15:30', t('ورشة عمل', 'Workshop', 'Atelier')],
] as const;

/**
 * The event's sessions in one statement: a training repeats the first Mogadishu cohort's
 * programme (the package's modules) on its own dates and clock; a conference has three
 * sessions a day.
 */
async function addProgramme(
  tx: EntityManager,
  eventId: string,
  e: HeldEvent,
  template: { eventId: string; startDate: string; timeZone: string },
): Promise<void> {
  if (e.kind === 'training') {
    const shift = (Date.parse(e.start) - Date.parse(template.startDate)) / 86_400_000;
    await tx.query(
      `INSERT INTO event_sessions (event_id, title, type, room, track, starts_at, ends_at, module_id)
       SELECT $1, s.title, s.type, 'Hall 1', '',
              ((s.starts_at AT TIME ZONE $3) + $4 * interval '1 day') AT TIME ZONE $5,
              ((s.ends_at AT TIME ZONE $3) + $4 * interval '1 day') AT TIME ZONE $5,
              s.module_id
         FROM event_sessions s WHERE s.event_id = $2`,
      [eventId, template.eventId, template.timeZone, shift, e.timeZone],
    );
    return;
  }
  const slots = Array.from({ length: CONFERENCE_DAYS }, (_, d) =>
    CONFERENCE_DAY.map(([type, from, to, title]) => ({
      date: addDays(e.start, d),
      type,
      from,
      to,
      title,
    })),
  ).flat();
  await tx.query(
    `INSERT INTO event_sessions (event_id, title, type, room, track, starts_at, ends_at)
     SELECT $1, k.title, k.type::session_type, 'Main Hall', '',
            (k.date || ' ' || k.starts)::timestamp AT TIME ZONE $2,
            (k.date || ' ' || k.ends)::timestamp AT TIME ZONE $2
       FROM unnest($3::jsonb[], $4::text[], $5::text[], $6::text[], $7::text[])
            AS k(title, type, date, starts, ends)`,
    [
      eventId,
      e.timeZone,
      slots.map((s) => JSON.stringify(s.title)),
      slots.map((s) => s.type),
      slots.map((s) => s.date),
      slots.map((s) => s.from),
      slots.map((s) => s.to),
    ],
  );
}

/** A held event's programme, its approved people and their attendance. */
export async function seedHeldEvent(
  tx: EntityManager,
  options: {
    eventId: string;
    event: HeldEvent;
    template: { eventId: string; startDate: string; timeZone: string };
    names: NameSource;
    institutions: Map<string, string>;
    createdById: string;
    takenById: string;
    register: (ids: string[]) => Promise<void>;
    emailPrefix: string;
  },
): Promise<void> {
  const { event: e } = options;
  await addProgramme(tx, options.eventId, e, options.template);
  const ids = await addPeople(
    tx,
    attendees(options.names, options.institutions, e.guests, e.size),
    {
      emailPrefix: options.emailPrefix,
      createdById: options.createdById,
    },
  );
  await options.register(ids);
  await takeAttendance(tx, {
    eventId: options.eventId,
    participantIds: ids,
    takenById: options.takenById,
    pattern: e.kind === 'training' ? trainingPattern : conferencePattern([]),
  });
}
