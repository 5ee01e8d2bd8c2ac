import { randomUUID } from 'node:crypto';
import type { Badge, Event, Session } from '@multaqa/contract';
import { expect } from '@jest/globals';
import { normalizeName } from '../../src/common/text.js';
import { type Agent, createEvent, publishedPackage, trainingInput } from './fixtures.js';
import type { TestApp } from './test-app.js';

/** A Mogadishu training with `sessions` sessions on its first day, 09:00 + 2 h each (06:00Z). */
export async function eventWithSessions(
  coordinator: Agent,
  count: number,
  speakers: string[][] = [],
): Promise<{ event: Event; sessions: Session[] }> {
  const pkg = await publishedPackage(coordinator);
  const event = await createEvent(coordinator, trainingInput(pkg.id));
  const sessions: Session[] = [];
  for (let i = 0; i < count; i += 1) {
    const res = await coordinator.post(`/api/events/${event.id}/sessions`).send({
      title: { en: `Session ${i + 1}`, ar: `الجلسة ${i + 1}` },
      type: 'workshop',
      room: `Room ${i + 1}`,
      date: '2020-01-12',
      startTime: `${String(9 + 2 * i).padStart(2, '0')}:00`,
      endTime: `${String(10 + 2 * i).padStart(2, '0')}:30`,
      speakers: (speakers[i] ?? []).map((userId) => ({ userId })),
      // The same trainer teaches in several test events at the same hour.
      allowConflicts: true,
    });
    expect(res.status).toBe(201);
    sessions.push(res.body as Session);
  }
  return { event, sessions };
}

/**
 * `count` people with approved registrations, written straight to the database: the
 * registration rules have their own tests, and these need many people fast.
 */
export async function approvedPeople(
  t: TestApp,
  eventId: string,
  count: number,
  names: (i: number) => { ar: string; latin: string } = (i) => ({
    ar: `مشارك ${i}`,
    latin: `Participant ${String(i).padStart(5, '0')}`,
  }),
): Promise<{ participantId: string; registrationId: string }[]> {
  const list = Array.from({ length: count }, (_, i) => names(i));
  const people: { id: string }[] = await t.db.query(
    `INSERT INTO participants (full_name_ar, full_name_latin, name_key_ar, name_key_latin, gender, nationality, email)
     SELECT ar, latin, key_ar, key_latin, 'male', 'SO', $5 || n || '@test.multaqa'
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
            WITH ORDINALITY AS k(ar, latin, key_ar, key_latin, n) ORDER BY n
     RETURNING id`,
    [
      list.map((n) => n.ar),
      list.map((n) => n.latin),
      list.map((n) => normalizeName(n.ar)),
      list.map((n) => normalizeName(n.latin)),
      randomUUID(),
    ],
  );
  const regs: { id: string; participant_id: string }[] = await t.db.query(
    `INSERT INTO registrations (event_id, participant_id, status, source, decided_at)
     SELECT $1, unnest($2::uuid[]), 'approved', 'import', now() RETURNING id, participant_id`,
    [eventId, people.map((p) => p.id)],
  );
  const byPerson = new Map(regs.map((r) => [r.participant_id, r.id]));
  return people.map((p) => ({ participantId: p.id, registrationId: byPerson.get(p.id)! }));
}

/** The current badge of each registration. */
export async function badgesByRegistration(
  coordinator: Agent,
  eventId: string,
): Promise<Map<string, Badge>> {
  const res = await coordinator.get(`/api/events/${eventId}/badges`).expect(200);
  const badges = res.body as Badge[];
  return new Map(
    badges.filter((b) => b.registrationId && !b.revokedAt).map((b) => [b.registrationId!, b]),
  );
}

export function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
