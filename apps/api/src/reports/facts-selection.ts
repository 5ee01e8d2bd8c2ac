import type { EventFacts } from './facts-memory.js';
import type { Scratch } from './facts-scratch.js';

/**
 * What a report reads from the facts: the held events the caller may see under the event
 * filters (year, kind, package), and the person filters (country, institution or below it,
 * gender) as codes of the memory's dictionaries. -1 is a value no fact has.
 */
export interface FactSelection {
  events: EventFacts[];
  country?: number;
  gender?: number;
  /** Institution codes that match (the filter's institution and those under it). */
  institutions?: Set<number>;
}

export const hasPersonFilter = (s: FactSelection) =>
  s.country !== undefined || s.gender !== undefined || s.institutions !== undefined;

/** Whether row i of an event passes the person filters; null when there are none. */
export function personMatcher(s: FactSelection): ((e: EventFacts, i: number) => boolean) | null {
  if (!hasPersonFilter(s)) return null;
  const { country, gender, institutions } = s;
  return (e, i) =>
    (country === undefined || e.country[i] === country) &&
    (gender === undefined || e.gender[i] === gender) &&
    (institutions === undefined || institutions.has(e.institution[i]));
}

/**
 * People counted once per group, in O(rows): the pairs are bucketed by group (a counting
 * sort), then each group marks its people with its own stamp, so a person seen twice in a
 * group is counted once.
 */
export function distinctPerGroup(
  groups: Uint32Array,
  people: Uint32Array,
  pairs: number,
  groupCount: number,
  peopleCount: number,
  scratch: Scratch,
): Uint32Array {
  const start = new Uint32Array(groupCount + 1);
  for (let i = 0; i < pairs; i += 1) start[groups[i] + 1] += 1;
  for (let g = 0; g < groupCount; g += 1) start[g + 1] += start[g];
  const next = start.slice(0, groupCount);
  const bucketed = scratch.u32('bucketed', pairs);
  for (let i = 0; i < pairs; i += 1) bucketed[next[groups[i]]++] = people[i];
  const seen = scratch.u32('seen', peopleCount).fill(0);
  const counts = new Uint32Array(groupCount);
  for (let g = 0; g < groupCount; g += 1) {
    const stamp = g + 1;
    for (let k = start[g]; k < start[g + 1]; k += 1) {
      const person = bucketed[k];
      if (seen[person] !== stamp) {
        seen[person] = stamp;
        counts[g] += 1;
      }
    }
  }
  return counts;
}
