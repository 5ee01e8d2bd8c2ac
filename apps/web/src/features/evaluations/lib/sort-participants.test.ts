import type { ParticipantTestResult } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import { sortParticipants } from './sort-participants';

const row = (name: string, pre: number | null, post: number | null): ParticipantTestResult => ({
  registrationId: name,
  participantId: name,
  fullNameAr: '',
  fullNameLatin: name,
  institution: null,
  prePercent: pre,
  postPercent: post,
  gainPoints: pre !== null && post !== null ? post - pre : null,
  postPassed: post === null ? null : post >= 60,
});

const rows = [row('Bashir', 40, 90), row('Amina', null, 70), row('Cali', 50, null)];
const names = (list: ParticipantTestResult[]) => list.map((r) => r.fullNameLatin);
const nameOf = (r: ParticipantTestResult) => r.fullNameLatin;

describe('sorting the participants', () => {
  it('sorts by name', () => {
    expect(names(sortParticipants(rows, 'name', 'asc', nameOf, 'en'))).toEqual([
      'Amina',
      'Bashir',
      'Cali',
    ]);
  });

  it('keeps those without a score last in either order', () => {
    expect(names(sortParticipants(rows, 'post', 'desc', nameOf, 'en'))).toEqual([
      'Bashir',
      'Amina',
      'Cali',
    ]);
    expect(names(sortParticipants(rows, 'post', 'asc', nameOf, 'en'))).toEqual([
      'Amina',
      'Bashir',
      'Cali',
    ]);
    expect(names(sortParticipants(rows, 'gain', 'asc', nameOf, 'en'))).toEqual([
      'Bashir',
      'Amina',
      'Cali',
    ]);
  });
});
