import {
  LANGUAGES,
  type Event,
  type EventKind,
  type Language,
  type LateRule,
  type LocalizedText,
} from '@multaqa/contract';
import { isoToZonedLocal, zonedLocalToIso } from '../../../lib/time-zone';
import type { CreateEventBody } from '../api/create-event';
import type { UpdateEventBody } from '../api/update-event';

type Mode = CreateEventBody['mode'];

/**
 * What the event form holds. The registration window is typed as a wall clock in the event's
 * zone (`YYYY-MM-DDTHH:MM`) and becomes ISO with the zone's offset in the request.
 */
export interface EventFormValues {
  kind: EventKind;
  packageId: string | null;
  title: Required<LocalizedText>;
  description: Required<LocalizedText>;
  venue: Required<LocalizedText>;
  city: Required<LocalizedText>;
  countryCode: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  mode: Mode;
  languages: Language[];
  capacity: number | undefined;
  registrationOpensAt: string;
  registrationClosesAt: string;
  partnerIds: string[];
  coordinatorIds: string[];
  /** Rules of the attendance rate; set on an existing event (a new one starts with the API's). */
  lateCountsAs: LateRule;
  lateAfterMinutes: number | undefined;
}

const emptyText = (): Required<LocalizedText> => ({ ar: '', en: '', fr: '' });

export function emptyEventForm(): EventFormValues {
  return {
    kind: 'training',
    packageId: null,
    title: emptyText(),
    description: emptyText(),
    venue: emptyText(),
    city: emptyText(),
    countryCode: '',
    timeZone: '',
    startDate: '',
    endDate: '',
    mode: 'in_person',
    languages: ['ar'],
    capacity: undefined,
    registrationOpensAt: '',
    registrationClosesAt: '',
    partnerIds: [],
    coordinatorIds: [],
    lateCountsAs: 'present',
    lateAfterMinutes: undefined,
  };
}

export function eventToForm(event: Event): EventFormValues {
  return {
    kind: event.kind,
    packageId: event.package?.id ?? null,
    title: { ...emptyText(), ...event.title },
    description: { ...emptyText(), ...event.description },
    venue: { ...emptyText(), ...event.venue },
    city: { ...emptyText(), ...event.city },
    countryCode: event.countryCode,
    timeZone: event.timeZone,
    startDate: event.startDate,
    endDate: event.endDate,
    mode: event.mode,
    languages: event.languages,
    capacity: event.capacity,
    registrationOpensAt: isoToZonedLocal(event.registrationOpensAt, event.timeZone),
    registrationClosesAt: isoToZonedLocal(event.registrationClosesAt, event.timeZone),
    partnerIds: event.partners.map((p) => p.id),
    coordinatorIds: event.coordinators.map((c) => c.id),
    lateCountsAs: event.lateCountsAs,
    lateAfterMinutes: event.lateAfterMinutes,
  };
}

/** Empty strings mean "not written in this language": leave them out of the request. */
function compactText(text: LocalizedText): LocalizedText {
  const result: LocalizedText = {};
  for (const lang of LANGUAGES) {
    const value = text[lang]?.trim();
    if (value) result[lang] = value;
  }
  return result;
}

/** A wall clock in the event's zone → ISO with offset; what cannot be read is passed on for the schema to reject. */
function windowEdge(local: string, timeZone: string): string | null {
  if (!local.trim()) return null;
  if (!timeZone) return local;
  return zonedLocalToIso(local, timeZone) ?? local;
}

/** The body of POST /api/events, before the schema checks it. */
export function formToCreateInput(values: EventFormValues): Record<string, unknown> {
  return {
    kind: values.kind,
    packageId: values.kind === 'training' ? values.packageId || null : null,
    ...sharedFields(values),
  };
}

/** The body of PATCH /api/events/:id; coordinators only when the editor may choose them. */
export function formToUpdateInput(
  values: EventFormValues,
  { withCoordinators }: { withCoordinators: boolean },
): Record<string, unknown> {
  const { coordinatorIds, ...rest } = sharedFields(values);
  return {
    ...(values.kind === 'training' && values.packageId ? { packageId: values.packageId } : {}),
    ...rest,
    ...(withCoordinators ? { coordinatorIds } : {}),
    lateCountsAs: values.lateCountsAs,
    lateAfterMinutes: values.lateAfterMinutes,
  };
}

function sharedFields(values: EventFormValues) {
  return {
    title: compactText(values.title),
    description: compactText(values.description),
    venue: compactText(values.venue),
    city: compactText(values.city),
    countryCode: values.countryCode,
    timeZone: values.timeZone,
    startDate: values.startDate,
    endDate: values.endDate,
    mode: values.mode,
    languages: values.languages,
    capacity: values.capacity,
    registrationOpensAt: windowEdge(values.registrationOpensAt, values.timeZone),
    registrationClosesAt: windowEdge(values.registrationClosesAt, values.timeZone),
    partnerIds: values.partnerIds,
    coordinatorIds: values.coordinatorIds,
  };
}

export type EventRequest = CreateEventBody | UpdateEventBody;
