import type { EligibilityEntry } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import { filterCounts, filterEligibility } from './eligibility-filter';

let n = 0;
function entry(
  fullNameAr: string,
  fullNameLatin: string,
  qualifies: boolean,
  serial: string | null = null,
): EligibilityEntry {
  n += 1;
  const hex = n.toString(16).padStart(12, '0');
  return {
    registrationId: `bbbbbbbb-0000-4000-8000-${hex}`,
    participantId: `aaaaaaaa-0000-4000-8000-${hex}`,
    fullNameAr,
    fullNameLatin,
    institutionName: null,
    attended: qualifies ? 5 : 2,
    held: 5,
    ratePercent: qualifies ? 100 : 40,
    qualifies,
    reasons: qualifies ? [] : ['attendance_below_minimum'],
    certificate: serial ? { id: `cccccccc-0000-4000-8000-${hex}`, serial, status: 'valid' } : null,
  };
}

const ahmed = entry('أحمد عبدي', 'Ahmed Abdi', true, 'MQ-2026-00001-R');
const ibrahim = entry('إبراهيم نور', 'Ibrahim Nur', true);
const fatima = entry('فاطمة ورسمي', 'Fatima Warsame', false);
const all = [ahmed, ibrahim, fatima];

describe('filterEligibility', () => {
  it('finds a name in either script, typed without the hamza', () => {
    expect(filterEligibility(all, 'all', 'ابراهيم')).toEqual([ibrahim]);
    expect(filterEligibility(all, 'all', 'fat war')).toEqual([fatima]);
    expect(filterEligibility(all, 'all', '  ')).toEqual(all);
  });

  it('keeps who qualifies, who does not, and who already has a certificate', () => {
    expect(filterEligibility(all, 'qualifies', '')).toEqual([ahmed, ibrahim]);
    expect(filterEligibility(all, 'not', '')).toEqual([fatima]);
    expect(filterEligibility(all, 'issued', '')).toEqual([ahmed]);
    expect(filterEligibility(all, 'issued', 'ibrahim')).toEqual([]);
  });

  it('counts each filter', () => {
    expect(filterCounts(all)).toEqual({ all: 3, qualifies: 2, not: 1, issued: 1 });
  });
});
