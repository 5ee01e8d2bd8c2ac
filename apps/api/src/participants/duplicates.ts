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

/** The most edits closeNames ever allows. */
const MAX_EDITS = 2;
/** A name is filed under this many pieces; edits can touch at most MAX_EDITS of them. */
const PIECES = 6;
const SCRIPTS = ['nameKeyAr', 'nameKeyLatin'] as const;

/** Where piece `i` of a name `length` long starts, and how long it is. */
function piece(length: number, i: number): { start: number; size: number } {
  const start = Math.floor((length * i) / PIECES);
  return { start, size: Math.floor((length * (i + 1)) / PIECES) - start };
}

const pieceKey = (institution: string, script: string, length: number, i: number, text: string) =>
  `${institution}|${script}|${length}|${i}|${text}`;

/**
 * An in-memory index of existing people, so an import of thousands of rows checks each one
 * against everyone without a query per row, and without comparing every pair of names: each name
 * is filed under six pieces. Two names at most two edits apart share at least four of them, each
 * at most two places from where it stood (two edits touch two pieces at most), so only the pairs
 * that do are compared letter by letter. Names sharing a long prefix ("Mohamed …") are still told
 * apart without comparing them all.
 */
export class DuplicateIndex<T extends PersonKey & { id: string }> {
  private readonly byEmail = new Map<string, T[]>();
  private readonly byPhone = new Map<string, T[]>();
  /** Pieces of names → the people (by their number in `people`) whose name has that piece. */
  private readonly byNamePiece = new Map<string, number[]>();
  private readonly people: T[] = [];
  /** Scratch space for `similarNames`: a bit per piece found, per person; cleared after use. */
  private piecesFound = new Uint8Array(64);

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
    const institution = person.institutionId;
    if (!institution) return;
    const number = this.people.push(person) - 1;
    for (const script of SCRIPTS) {
      const name = person[script];
      if (!name) continue;
      for (let i = 0; i < PIECES; i++) {
        const { start, size } = piece(name.length, i);
        const key = pieceKey(institution, script, name.length, i, name.substr(start, size));
        const bucket = this.byNamePiece.get(key);
        if (bucket) bucket.push(number);
        else this.byNamePiece.set(key, [number]);
      }
    }
  }

  find(person: PersonKey): { match: T; reasons: DuplicateReason[] }[] {
    const candidates = new Set<T>([
      ...(person.email ? (this.byEmail.get(person.email) ?? []) : []),
      ...(person.phone ? (this.byPhone.get(person.phone) ?? []) : []),
      ...this.similarNames(person),
    ]);
    const found: { match: T; reasons: DuplicateReason[] }[] = [];
    for (const match of candidates) {
      if (match.id === person.id) continue;
      const reasons = duplicateReasons(person, match);
      if (reasons.length > 0) found.push({ match, reasons });
    }
    return found;
  }

  /** People of the same institution with a name that shares enough pieces with this one. */
  private similarNames(person: PersonKey): T[] {
    const institution = person.institutionId;
    if (!institution) return [];
    if (this.piecesFound.length < this.people.length)
      this.piecesFound = new Uint8Array(this.people.length * 2);
    const found = this.piecesFound;
    const similar: T[] = [];
    for (const script of SCRIPTS) {
      const name = person[script];
      if (!name) continue;
      const touched: number[] = [];
      for (let length = name.length - MAX_EDITS; length <= name.length + MAX_EDITS; length++) {
        if (length < 1) continue;
        for (let i = 0; i < PIECES; i++) {
          const { start, size } = piece(length, i);
          const from = Math.max(0, start - MAX_EDITS);
          const to = Math.min(name.length - size, start + MAX_EDITS);
          for (let at = from; at <= to; at++) {
            const bucket = this.byNamePiece.get(
              pieceKey(institution, script, length, i, name.substr(at, size)),
            );
            for (const number of bucket ?? []) {
              if (found[number] === 0) touched.push(number);
              found[number]! |= 1 << i;
            }
          }
        }
      }
      for (const number of touched) {
        if (bitCount(found[number]!) >= PIECES - MAX_EDITS) similar.push(this.people[number]!);
        found[number] = 0;
      }
    }
    return similar;
  }
}

function bitCount(bits: number): number {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
}
