import { describe, expect, it } from 'vitest';
import { namesFor } from '../../../lib/person-names';
import { foldForSearch } from '../../../lib/search-text';
import { filterByName } from './name-search';

const people = [
  { id: 1, fullNameAr: 'أحمد عبد الله', fullNameLatin: 'Ahmed Abdullah' },
  { id: 2, fullNameAr: 'فاطمة الزهراء', fullNameLatin: 'Fatima Zahra' },
  { id: 3, fullNameAr: '', fullNameLatin: 'Zaïnab Diallo' },
  { id: 4, fullNameAr: 'مُصْطَفَى', fullNameLatin: '' },
];
const ids = (query: string) => filterByName(people, query).map((p) => p.id);

describe('searching a roster by name', () => {
  it('finds Arabic names typed without hamza, taa marbuta or diacritics', () => {
    expect(ids('احمد')).toEqual([1]);
    expect(ids('فاطمه')).toEqual([2]);
    expect(ids('مصطفي')).toEqual([4]);
  });

  it('finds Latin names whatever the case and accents', () => {
    expect(ids('zainab')).toEqual([3]);
    expect(ids('AHMED')).toEqual([1]);
  });

  it('matches every word typed, in either script and any order', () => {
    expect(ids('zahra fatima')).toEqual([2]);
    expect(ids('عبد Ahmed')).toEqual([1]);
    expect(ids('ahmed zahra')).toEqual([]);
  });

  it('keeps everyone for an empty or blank search', () => {
    expect(ids('   ')).toEqual([1, 2, 3, 4]);
  });

  it('folds tatweel and spacing away', () => {
    expect(foldForSearch('  أحـــمد   علي ')).toBe('احمد علي');
  });

  it('shows the reader’s script first and the other beside it', () => {
    expect(namesFor(people[0], 'ar')).toEqual({ main: 'أحمد عبد الله', other: 'Ahmed Abdullah' });
    expect(namesFor(people[0], 'fr')).toEqual({ main: 'Ahmed Abdullah', other: 'أحمد عبد الله' });
    expect(namesFor(people[2], 'ar')).toEqual({ main: 'Zaïnab Diallo', other: null });
  });
});
