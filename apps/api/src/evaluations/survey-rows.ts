import {
  type Language,
  pickLocalized,
  type SurveyFormRow,
  type SurveyItem,
} from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { readAll } from '../database/reads.js';

/** What a survey's per-session and per-trainer items are asked about. */
export interface SurveySubjects {
  /** Sessions that have started, in order: nobody rates a session before it is held. */
  sessions: { id: string; title: Record<string, string> }[];
  /** Distinct trainers (users) of the event's sessions, in order of first appearance. */
  trainers: { id: string; name: string }[];
}

export async function surveySubjects(
  manager: EntityManager,
  eventId: string,
  now: Date,
): Promise<SurveySubjects> {
  const [sessions, speakers] = await readAll(manager, [
    () =>
      manager.query(
        `SELECT id, title FROM event_sessions WHERE event_id = $1 AND starts_at <= $2
        ORDER BY starts_at, id`,
        [eventId, now],
      ) as Promise<{ id: string; title: Record<string, string> }[]>,
    () =>
      manager.query(
        `SELECT sp.user_id, sp.name FROM session_speakers sp
         JOIN event_sessions s ON s.id = sp.session_id
        WHERE s.event_id = $1 AND sp.user_id IS NOT NULL
        ORDER BY s.starts_at, s.id, sp.position`,
        [eventId],
      ) as Promise<{ user_id: string; name: string }[]>,
  ]);
  const trainers = new Map<string, string>();
  for (const s of speakers) if (!trainers.has(s.user_id)) trainers.set(s.user_id, s.name);
  return { sessions, trainers: [...trainers].map(([id, name]) => ({ id, name })) };
}

export const rowKey = (row: {
  itemId: string;
  sessionId: string | null;
  trainerId: string | null;
}) => `${row.itemId}/${row.sessionId ?? ''}/${row.trainerId ?? ''}`;

/** Each item once for the event, once per held session, or once per trainer. */
export function expandRows(
  items: SurveyItem[],
  subjects: SurveySubjects,
  language: Language,
): SurveyFormRow[] {
  return items.flatMap((item): SurveyFormRow[] => {
    const base = { itemId: item.id, type: item.type, prompt: item.prompt, scope: item.scope };
    switch (item.scope) {
      case 'event':
        return [{ ...base, sessionId: null, trainerId: null, subject: null }];
      case 'session':
        return subjects.sessions.map((s) => ({
          ...base,
          sessionId: s.id,
          trainerId: null,
          subject: pickLocalized(s.title, language),
        }));
      case 'trainer':
        return subjects.trainers.map((t) => ({
          ...base,
          sessionId: null,
          trainerId: t.id,
          subject: t.name,
        }));
    }
  });
}
