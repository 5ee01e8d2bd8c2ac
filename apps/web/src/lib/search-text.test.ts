import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesName } from './search-text';

describe('foldForSearch', () => {
  it('writes hamza seats, alef maqsura and ta marbuta as their bare letters', () => {
    expect(foldForSearch('أسامة')).toBe('اسامه');
    expect(foldForSearch('إيمان')).toBe('ايمان');
    expect(foldForSearch('مصطفى')).toBe('مصطفي');
    expect(foldForSearch('آمنة')).toBe('امنه');
  });

  it('drops short vowels and tatweel', () => {
    expect(foldForSearch('مُحَمَّد')).toBe('محمد');
    expect(foldForSearch('عـــلي')).toBe('علي');
  });

  it('folds Latin case and accents', () => {
    expect(foldForSearch('  Amélie   DURAND ')).toBe('amelie durand');
  });
});

describe('matchesName', () => {
  const names = ['فاطمة الزهراء بنعلي', 'Fatima Zahra Benali'];

  it('finds a person by the start of any word, in either script', () => {
    expect(matchesName('فاطمه', names)).toBe(true);
    expect(matchesName('الزهرا بنع', names)).toBe(true);
    expect(matchesName('benali fat', names)).toBe(true);
  });

  it('needs every word to match', () => {
    expect(matchesName('fatima omar', names)).toBe(false);
    expect(matchesName('zahra', ['Omar Farah'])).toBe(false);
  });

  it('matches nothing on an empty query', () => {
    expect(matchesName('   ', names)).toBe(false);
  });
});
