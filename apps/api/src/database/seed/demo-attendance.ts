import type { AttendanceStatus } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { nameKeys } from '../../participants/duplicates.js';

/** Officials of the first Mogadishu cohort (DOMAIN.md story, step 3): names in both scripts. */
const OFFICIALS: [string, string, 'female' | 'male'][] = [
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
];

/**
 * The first cohort after the event: approved officials spread over the four ministries, the
 * participant demo account among them, and attendance taken at the first sessions (mostly
 * present, some late, a few absent; three officials missed every other session), so rosters,
 * rates, badges and certificates (80 % rule) have something to show.
 */
export async function seedAttendance(
  tx: EntityManager,
  options: {
    eventId: string;
    institutionIds: string[];
    participantUserId: string;
    doorStaffUserId: string;
    coordinatorId: string;
    sessionsWithAttendance: number;
  },
): Promise<void> {
  const people: { id: string }[] = await tx.query(
    `INSERT INTO participants (full_name_ar, full_name_latin, name_key_ar, name_key_latin, gender,
                               nationality, institution_id, email, preferred_language, created_by_id)
     SELECT ar, latin, key_ar, key_latin, gender::participant_gender, 'SO', institution_id,
            'official' || n || '@demo.multaqa.test', 'ar', $7
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[])
            WITH ORDINALITY AS k(ar, latin, key_ar, key_latin, gender, institution_id, n)
      ORDER BY n
     RETURNING id`,
    [
      OFFICIALS.map((o) => o[0]),
      OFFICIALS.map((o) => o[1]),
      OFFICIALS.map((o) => nameKeys(o[0], o[1]).nameKeyAr),
      OFFICIALS.map((o) => nameKeys(o[0], o[1]).nameKeyLatin),
      OFFICIALS.map((o) => o[2]),
      OFFICIALS.map((_, i) => options.institutionIds[i % options.institutionIds.length]),
      options.coordinatorId,
    ],
  );
  await tx.query('UPDATE participants SET user_id = $1 WHERE id = $2', [
    options.participantUserId,
    people[0].id,
  ]);
  await tx.query(
    `INSERT INTO registrations (event_id, participant_id, status, source, decided_at,
                                decided_institution_id, decided_country_code, decided_gender)
     SELECT $1, p.id, 'approved', 'invitation', now(), p.institution_id, p.nationality, p.gender
       FROM participants p WHERE p.id = ANY($2::uuid[])`,
    [options.eventId, people.map((p) => p.id)],
  );
  await tx.query('INSERT INTO event_door_staff (event_id, user_id) VALUES ($1, $2)', [
    options.eventId,
    options.doorStaffUserId,
  ]);
  const sessions: { id: string; starts_at: Date }[] = await tx.query(
    'SELECT id, starts_at FROM event_sessions WHERE event_id = $1 ORDER BY starts_at LIMIT $2',
    [options.eventId, options.sessionsWithAttendance],
  );
  const rows = sessions.flatMap((s, k) =>
    people.map((p, i) => {
      const roll = (i * 7 + k * 3) % 10;
      // A few officials missed every other session: they fall short of the certificate's 80 %.
      const status: AttendanceStatus =
        i % 5 === 3 && k % 2 === 1 ? 'absent' : roll < 7 ? 'present' : roll < 9 ? 'late' : 'absent';
      const minutes = status === 'late' ? 20 + roll : roll;
      return {
        session: s.id,
        person: p.id,
        status,
        at: new Date(s.starts_at.getTime() + minutes * 60_000),
      };
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
      options.doorStaffUserId,
      rows.map((r) => r.session),
      rows.map((r) => r.person),
      rows.map((r) => r.status),
      rows.map((r) => r.at),
    ],
  );
}
