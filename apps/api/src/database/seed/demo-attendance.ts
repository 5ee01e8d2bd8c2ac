import type { AttendanceStatus, Gender, Language, RegistrationStatus } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { nameKeys } from '../../participants/duplicates.js';
import { MOGADISHU_QUOTAS } from './demo-events.js';
import { type DemoPerson, somaliOfficials } from './demo-names.js';

/** Officials of the first Mogadishu cohort (DOMAIN.md story, step 3): names in both scripts. */
const FIRST_OFFICIALS: DemoPerson[] = (
  [
    ['عبدي ورسمه', 'Abdi Warsame', 'male'],
    ['فاطمة علي حسن', 'Fatima Ali Hassan', 'female'],
    ['محمد عبدالله نور', 'Mohamed Abdullahi Nur', 'male'],
    ['هودان يوسف', 'Hodan Yusuf', 'female'],
    ['أحمد إسماعيل', 'Ahmed Ismail', 'male'],
    ['آمنة عمر', 'Amina Omar', 'female'],
    ['حسن شيخ محمود', 'Hassan Sheikh Mahmoud', 'male'],
    ['زهرة آدم', 'Zahra Adan', 'female'],
    ['يوسف حرسي', 'Yusuf Hirsi', 'male'],
    ['سهرة أويس', 'Sahra Awes', 'female'],
    ['عمر جامع', 'Omar Jama', 'male'],
    ['مريم فارح', 'Maryan Farah', 'female'],
    ['إبراهيم دعاله', 'Ibrahim Duale', 'male'],
    ['نعيمة محمد', 'Naima Mohamed', 'female'],
    ['علي أبوكر', 'Ali Abukar', 'male'],
    ['خديجة شري', 'Khadija Shire', 'female'],
  ] as [string, string, Gender][]
).map(([ar, latin, gender]) => ({ ar, latin, gender }));

/** Turned away per delivery once their ministry's quota was full: the waitlist of step 3. */
const WAITLISTED_PER_DELIVERY = 2;

/**
 * The two cohorts' officials, nobody in both: the first cohort starts with the sixteen above
 * (the participant demo account is the first), then generated Somali names, about one woman in
 * three in every ministry. Each cohort fills every ministry's quota exactly, and a few more wait
 * for a seat.
 */
export function mogadishuCohorts(ministryIds: string[]) {
  // Ministries take turns, so each one's officials are spread through the list.
  const seats = MOGADISHU_QUOTAS.flatMap((quota, m) =>
    Array.from({ length: quota }, (_, rank) => ({ institutionId: ministryIds[m], rank, quota })),
  ).sort((a, b) => (a.rank + 0.5) / a.quota - (b.rank + 0.5) / b.quota);
  const waiting = ministryIds
    .slice(0, WAITLISTED_PER_DELIVERY)
    .map((institutionId, rank) => ({ institutionId, rank, quota: 1 }));
  const places = [...seats, ...waiting, ...seats, ...waiting];
  const genders = places
    .slice(FIRST_OFFICIALS.length)
    .map(({ rank }): Gender => (rank % 3 === 1 ? 'female' : 'male'));
  const people = [...FIRST_OFFICIALS, ...somaliOfficials(FIRST_OFFICIALS, genders)].map(
    (person, k) => ({ ...person, institutionId: places[k].institutionId }),
  );
  const size = seats.length + waiting.length;
  return [0, 1].map((n) => {
    const cohort = people.slice(n * size, (n + 1) * size);
    return { approved: cohort.slice(0, seats.length), waitlisted: cohort.slice(seats.length) };
  });
}

export interface Newcomer extends DemoPerson {
  institutionId: string;
  nationality?: string;
  preferredLanguage?: Language;
}

/** Inserts people in one statement; their ids come back in the order given. */
export async function addPeople(
  tx: EntityManager,
  people: Newcomer[],
  options: { emailPrefix: string; createdById: string },
): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `INSERT INTO participants (full_name_ar, full_name_latin, name_key_ar, name_key_latin, gender,
                               nationality, institution_id, email, preferred_language, created_by_id)
     SELECT ar, latin, key_ar, key_latin, gender::participant_gender, nationality, institution_id,
            $9 || n || '@demo.multaqa.test', lang, $10
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                   $7::uuid[], $8::text[])
            WITH ORDINALITY AS k(ar, latin, key_ar, key_latin, gender, nationality, institution_id,
                                 lang, n)
      ORDER BY n
     RETURNING id`,
    [
      people.map((p) => p.ar),
      people.map((p) => p.latin),
      people.map((p) => nameKeys(p.ar, p.latin).nameKeyAr),
      people.map((p) => nameKeys(p.ar, p.latin).nameKeyLatin),
      people.map((p) => p.gender),
      people.map((p) => p.nationality ?? 'SO'),
      people.map((p) => p.institutionId),
      people.map((p) => p.preferredLanguage ?? 'ar'),
      options.emailPrefix,
      options.createdById,
    ],
  );
  return rows.map((r) => r.id);
}

/** Registrations as the coordinator decided them, with the decision's snapshot for quotas. */
export async function register(
  tx: EntityManager,
  eventId: string,
  participantIds: string[],
  status: Extract<RegistrationStatus, 'approved' | 'waitlisted'>,
  decidedAt: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO registrations (event_id, participant_id, status, source, decided_at, waitlisted_at,
                                decided_institution_id, decided_country_code, decided_gender, created_at)
     SELECT $1, p.id, $3::registration_status, 'invitation', $4,
            CASE WHEN $3::registration_status = 'waitlisted' THEN $4::timestamptz END,
            p.institution_id, p.nationality, p.gender, $4
       FROM participants p WHERE p.id = ANY($2::uuid[])`,
    [eventId, participantIds, status, decidedAt],
  );
}

/** A status for person i at session k (in time order), or null when they were not expected. */
export type AttendancePattern = (i: number, k: number) => AttendanceStatus | null;

/**
 * Mostly present, some late (late counts as present), the odd absence; the 4th and the 44th
 * official of a cohort missed every other session and fall short of the certificate's 80 %.
 */
export const trainingPattern: AttendancePattern = (i, k) => {
  const roll = (i * 7 + k * 3) % 10;
  if (i % 40 === 3 && k % 2 === 1) return 'absent';
  return roll < 7 ? 'present' : roll < 9 ? 'late' : 'absent';
};

/** Attendance at the event's sessions (in time order), taken by badge scan or on the roster. */
export async function takeAttendance(
  tx: EntityManager,
  options: {
    eventId: string;
    participantIds: string[];
    takenById: string;
    pattern: AttendancePattern;
  },
): Promise<void> {
  const sessions: { id: string; starts_at: Date }[] = await tx.query(
    // Parallel sessions in track order, so a pattern can tell the tracks of a day apart.
    'SELECT id, starts_at FROM event_sessions WHERE event_id = $1 ORDER BY starts_at, track, id',
    [options.eventId],
  );
  const rows = sessions.flatMap((s, k) =>
    options.participantIds.flatMap((person, i) => {
      const status = options.pattern(i, k);
      if (!status) return [];
      const minutes = status === 'late' ? 20 + ((i + k) % 10) : (i * 7 + k) % 10;
      return [
        { session: s.id, person, status, at: new Date(s.starts_at.getTime() + minutes * 60_000) },
      ];
    }),
  );
  await tx.query(
    `INSERT INTO attendance_records (event_id, session_id, participant_id, registration_id, status,
                                     method, taken_at, taken_by_id)
     SELECT $1, k.session_id, k.participant_id, r.id, k.status,
            CASE WHEN k.status = 'absent' THEN 'roster' ELSE 'scan' END::attendance_method, k.taken_at, $2
       FROM unnest($3::uuid[], $4::uuid[], $5::attendance_status[], $6::timestamptz[])
            AS k(session_id, participant_id, status, taken_at)
       JOIN registrations r ON r.event_id = $1 AND r.participant_id = k.participant_id`,
    [
      options.eventId,
      options.takenById,
      rows.map((r) => r.session),
      rows.map((r) => r.person),
      rows.map((r) => r.status),
      rows.map((r) => r.at),
    ],
  );
}
