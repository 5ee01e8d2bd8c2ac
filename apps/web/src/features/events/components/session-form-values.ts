import { LANGUAGES, type LocalizedText, type Session, type SessionType } from '@multaqa/contract';
import type { CreateSessionBody } from '../api/create-session';

/** A speaker from outside Multaqa, typed in by name. */
export interface ExternalSpeaker {
  name: string;
  affiliation: string;
}

export interface SessionFormValues {
  title: Required<LocalizedText>;
  type: SessionType;
  room: string;
  track: string;
  date: string;
  startTime: string;
  endTime: string;
  moduleId: string;
  /** Speakers who are users of Multaqa (trainers, coordinators…). */
  speakerUserIds: string[];
  externalSpeakers: ExternalSpeaker[];
}

const emptyText = (): Required<LocalizedText> => ({ ar: '', en: '', fr: '' });

export function emptySessionForm(
  date: string,
  type: SessionType,
  startTime = '09:00',
  endTime = '10:00',
): SessionFormValues {
  return {
    title: emptyText(),
    type,
    room: '',
    track: '',
    date,
    startTime,
    endTime,
    moduleId: '',
    speakerUserIds: [],
    externalSpeakers: [],
  };
}

export function sessionToForm(session: Session): SessionFormValues {
  return {
    title: { ...emptyText(), ...session.title },
    type: session.type,
    room: session.room,
    track: session.track,
    date: session.date,
    startTime: session.startTime,
    endTime: session.endTime,
    moduleId: session.module?.id ?? '',
    speakerUserIds: session.speakers.flatMap((s) => (s.userId ? [s.userId] : [])),
    externalSpeakers: session.speakers
      .filter((s) => !s.userId)
      .map((s) => ({ name: s.name, affiliation: s.affiliation ?? '' })),
  };
}

function compactText(text: LocalizedText): LocalizedText {
  const result: LocalizedText = {};
  for (const lang of LANGUAGES) {
    const value = text[lang]?.trim();
    if (value) result[lang] = value;
  }
  return result;
}

/** The body of POST or PATCH …/sessions, before the schema checks it. */
export function formToSessionInput(
  values: SessionFormValues,
  allowConflicts = false,
): CreateSessionBody {
  return {
    title: compactText(values.title),
    type: values.type,
    room: values.room,
    track: values.track,
    date: values.date,
    startTime: values.startTime,
    endTime: values.endTime,
    moduleId: values.moduleId || null,
    // Outside speakers first: an error on `speakers.N` is then about `externalSpeakers.N`.
    speakers: [
      ...values.externalSpeakers.map((s) => ({
        name: s.name,
        ...(s.affiliation.trim() ? { affiliation: s.affiliation } : {}),
      })),
      ...values.speakerUserIds.map((userId) => ({ userId })),
    ],
    allowConflicts,
  };
}
