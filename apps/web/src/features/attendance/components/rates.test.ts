import type { AttendanceRates } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import { formatAttended, formatRate, sortParticipantRates, type ParticipantRate } from './rates';

describe('attendance rates in the reader’s language', () => {
  it('writes a rate as a whole percentage, as each language writes one', () => {
    expect(formatRate(0.8333, 'en')).toBe('83%');
    expect(formatRate(1, 'fr')).toMatch(/^100\s%$/);
    expect(formatRate(0.5, 'ar')).toMatch(/^(50|٥٠)\u200e?[%٪]/);
    expect(formatRate(null, 'en')).toBe('—');
  });

  it('keeps a half session attended', () => {
    expect(formatAttended(4.5, 'en')).toBe('4.5');
    expect(formatAttended(4, 'en')).toBe('4');
  });
});

const row = (name: string, institution: string, rate: number | null): ParticipantRate => ({
  participantId: crypto.randomUUID(),
  fullNameAr: '',
  fullNameLatin: name,
  institution: {
    id: crypto.randomUUID(),
    name: { en: institution },
  } as AttendanceRates['participants'][number]['institution'],
  rate: { held: rate === null ? 0 : 4, attended: (rate ?? 0) * 4, rate },
});

const rows = [
  row('Bashir', 'Defence', 0.5),
  row('amina', 'Interior', null),
  row('Cali', 'Defence', 1),
];
const label = {
  name: (r: ParticipantRate) => r.fullNameLatin,
  institution: (r: ParticipantRate) => r.institution?.name.en ?? '',
};
const names = (key: 'name' | 'institution' | 'rate', dir: 'asc' | 'desc') =>
  sortParticipantRates(rows, key, dir, 'en', label).map((r) => r.fullNameLatin);

describe('sorting the participants’ rates', () => {
  it('sorts names as the reader’s language does, ignoring case', () => {
    expect(names('name', 'asc')).toEqual(['amina', 'Bashir', 'Cali']);
    expect(names('name', 'desc')).toEqual(['Cali', 'Bashir', 'amina']);
  });

  it('puts people with no rate yet last in both directions', () => {
    expect(names('rate', 'asc')).toEqual(['Bashir', 'Cali', 'amina']);
    expect(names('rate', 'desc')).toEqual(['Cali', 'Bashir', 'amina']);
  });

  it('orders by name within one institution', () => {
    expect(names('institution', 'asc')).toEqual(['Bashir', 'Cali', 'amina']);
    expect(names('institution', 'desc')).toEqual(['amina', 'Bashir', 'Cali']);
  });
});
