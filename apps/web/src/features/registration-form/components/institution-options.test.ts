import { describe, expect, it } from 'vitest';
import { institutionOptions } from './institution-options';

const SO = 'SO';
const health = {
  id: 'h',
  name: { en: 'Ministry of Health', ar: 'وزارة الصحة' },
  parentId: null,
  countryCode: SO,
};
const care = { id: 'c', name: { en: 'Primary Care' }, parentId: 'h', countryCode: SO };
const audit = { id: 'a', name: { en: 'Audit Office' }, parentId: null, countryCode: SO };
const orphan = { id: 'o', name: { en: 'Border Unit' }, parentId: 'not-listed', countryCode: SO };

describe('institutionOptions', () => {
  it('groups departments under their ministry, the ministry first, and leaves the others alone', () => {
    expect(institutionOptions([care, audit, health, orphan], 'en')).toEqual([
      { value: 'a', label: 'Audit Office' },
      { value: 'o', label: 'Border Unit' },
      {
        group: 'Ministry of Health',
        items: [
          { value: 'h', label: 'Ministry of Health' },
          { value: 'c', label: 'Primary Care' },
        ],
      },
    ]);
  });

  it('names them in the reader’s language where given', () => {
    expect(institutionOptions([health], 'ar')).toEqual([{ value: 'h', label: 'وزارة الصحة' }]);
  });
});
