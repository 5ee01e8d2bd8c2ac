import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../common/text.js';

export interface PersonKey {
  id?: string;
  email: string | null;
  phone: string | null;
  institutionId: string | null;
  nameKeyAr: string;
  nameKeyLatin: string;
}

export type DuplicateReason = 'email' | 'phone' | 'name';

export function nameKeys(fullNameAr: string, fullNameLatin: string) {
  return { nameKeyAr: normalizeName(fullNameAr), nameKeyLatin: normalizeName(fullNameLatin) };
}

/** Names this close (after normalising) in the same institution are likely the same person. */
function closeNames(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const allowed =
    Math.min(a.length, b.length) >= 10 ? 2 : Math.min(a.length, b.length) >= 5 ? 1 : 0;
  return Math.abs(a.length - b.length) <= allowed && distance(a, b) <= allowed;
}

/** Why `candidate` may be the same person as `person`; empty when nothing matches. */
export function duplicateReasons(person: PersonKey, candidate: PersonKey): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (person.email && candidate.email && person.email === candidate.email) reasons.push('email');
  if (person.phone && candidate.phone && person.phone === candidate.phone) reasons.push('phone');
  if (
    person.institutionId &&
    person.institutionId === candidate.institutionId &&
    (closeNames(person.nameKeyAr, candidate.nameKeyAr) ||
      closeNames(person.nameKeyLatin, candidate.nameKeyLatin))
  ) {
    reasons.push('name');
  }
  return reasons;
}

/**
 * An in-memory index of existing people, so an import of thousands of rows checks each one
 * against everyone without a query per row.
 */
export class DuplicateIndex<T extends PersonKey & { id: string }> {
  private readonly byEmail = new Map<string, T[]>();
  private readonly byPhone = new Map<string, T[]>();
  private readonly byInstitution = new Map<string, T[]>();

  constructor(people: Iterable<T> = []) {
    for (const person of people) this.add(person);
  }

  add(person: T): void {
    const push = (map: Map<string, T[]>, key: string | null) => {
      if (!key) return;
      const list = map.get(key);
      if (list) list.push(person);
      else map.set(key, [person]);
    };
    push(this.byEmail, person.email);
    push(this.byPhone, person.phone);
    push(this.byInstitution, person.institutionId);
  }

  find(person: PersonKey): { match: T; reasons: DuplicateReason[] }[] {
    const candidates = new Set<T>([
      ...(person.email ? (this.byEmail.get(person.email) ?? []) : []),
      ...(person.phone ? (this.byPhone.get(person.phone) ?? []) : []),
      ...(person.institutionId ? (this.byInstitution.get(person.institutionId) ?? []) : []),
    ]);
    return [...candidates]
      .filter((c) => c.id !== person.id)
      .map((match) => ({ match, reasons: duplicateReasons(person, match) }))
      .filter((d) => d.reasons.length > 0);
  }
}
