import type { ReportEventRow } from '@multaqa/contract';
import { type Dictionary, type EventFacts, NONE } from './facts-memory.js';
import {
  meanOfHundredths,
  meanOfThousandths,
  meanToTenth,
  sortableMean,
} from './facts-rounding.js';
import { type FactSelection, personMatcher } from './facts-selection.js';

/** An event's row of the events page without its title, and its unrounded attendance to sort by. */
export interface EventFigures {
  row: Omit<ReportEventRow, 'title'>;
  attendanceSort: number | null;
}

/**
 * One row per event in scope: with a person filter, the events such a person came to, with the
 * figures of the matching people only; without one, every selected event (held with no
 * registrations too).
 */
export function eventFigures(selection: FactSelection, countries: Dictionary): EventFigures[] {
  const matches = personMatcher(selection);
  const out: EventFigures[] = [];
  for (const e of selection.events) {
    const figures = eventRow(e, countries.values[e.hostCountry]!, matches);
    if (figures) out.push(figures);
  }
  return out;
}

function eventRow(
  e: EventFacts,
  countryCode: string,
  matches: ((e: EventFacts, i: number) => boolean) | null,
): EventFigures | null {
  let participants = 0;
  let trained = 0;
  let certificates = 0;
  let attendance = 0;
  let attendanceCount = 0;
  let gain = 0;
  let gainCount = 0;
  let rating = 0;
  let ratingCount = 0;
  for (let i = 0; i < e.rows; i += 1) {
    if (matches && !matches(e, i)) continue;
    participants += 1;
    trained += e.trained[i];
    certificates += e.certificate[i];
    if (!Number.isNaN(e.attendance[i])) {
      attendance += e.attendance[i];
      attendanceCount += 1;
    }
    if (e.pre[i] !== NONE && e.post[i] !== NONE) {
      gain += e.post[i] - e.pre[i];
      gainCount += 1;
    }
    if (e.rating[i] !== NONE) {
      rating += e.rating[i];
      ratingCount += 1;
    }
  }
  if (matches && participants === 0) return null;
  return {
    attendanceSort: sortableMean(attendance, attendanceCount),
    row: {
      eventId: e.id,
      kind: e.kind,
      startDate: e.startDate,
      countryCode,
      participants,
      officialsTrained: trained,
      attendanceRatePercent: meanToTenth(attendance, attendanceCount),
      certificatesIssued: certificates,
      knowledgeGainPoints: meanOfHundredths(gain, gainCount),
      satisfactionMean: meanOfThousandths(rating, ratingCount),
    },
  };
}
