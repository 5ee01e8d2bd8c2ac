import { describe, expect, it } from 'vitest';
import {
  filtersOf,
  filtersQueryString,
  hasFilters,
  validateReportsSearch,
  withFilter,
  withoutFilters,
} from './report-search';

const MINISTRY = '3f1c2a4e-8b7d-4c5e-9a10-1b2c3d4e5f60';
const LINEAGE = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

describe('reports search params', () => {
  it('reads every filter a shared link carries', () => {
    expect(
      validateReportsSearch({
        yearFrom: '2024',
        yearTo: 2026,
        eventKind: 'training',
        countryCode: 'so',
        institutionId: MINISTRY,
        gender: 'female',
        packageLineageId: LINEAGE,
        q: '  media ',
        sort: 'trained',
        order: 'asc',
        page: '3',
      }),
    ).toEqual({
      yearFrom: 2024,
      yearTo: 2026,
      eventKind: 'training',
      countryCode: 'SO',
      institutionId: MINISTRY,
      gender: 'female',
      packageLineageId: LINEAGE,
      q: 'media',
      sort: 'trained',
      order: 'asc',
      page: 3,
    });
  });

  it('drops what the API would refuse, so a mangled link opens the plain report', () => {
    const search = validateReportsSearch({
      yearFrom: '1850',
      yearTo: '20x5',
      eventKind: 'party',
      countryCode: 'Somalia',
      institutionId: 'not-a-uuid',
      gender: 'other',
      packageLineageId: 42,
      sort: 'salary',
      order: 'sideways',
      page: '0',
    });
    expect(Object.values(search).filter((v) => v !== undefined)).toEqual([]);
    expect(hasFilters(search)).toBe(false);
  });

  it('puts crossed years back in order instead of failing', () => {
    expect(validateReportsSearch({ yearFrom: '2026', yearTo: '2024' })).toMatchObject({
      yearFrom: 2024,
      yearTo: 2026,
    });
  });

  it('leaves the API defaults (start date, newest first, page 1) out of the URL', () => {
    expect(validateReportsSearch({ sort: 'startDate', order: 'desc', page: '1' })).toEqual(
      expect.objectContaining({ sort: undefined, order: undefined, page: undefined }),
    );
  });

  it('sends only the figures’ filters to the dashboard, not the table’s search and page', () => {
    const search = validateReportsSearch({ gender: 'male', q: 'media', page: '2', sort: 'title' });
    expect(filtersOf(search)).toEqual({ gender: 'male' });
    expect(filtersQueryString(filtersOf(search))).toBe('gender=male');
  });

  it('writes a query string the API reads back to the same filters', () => {
    const filters = { yearFrom: 2025, institutionId: MINISTRY, eventKind: 'training' as const };
    const qs = filtersQueryString(filters);
    expect(qs).toBe(`yearFrom=2025&institutionId=${MINISTRY}&eventKind=training`);
    expect(filtersOf(validateReportsSearch(Object.fromEntries(new URLSearchParams(qs))))).toEqual(
      filters,
    );
  });

  it('sends the table back to its first page when a filter changes, keeping its search', () => {
    const next = withFilter({ q: 'media', page: 4, sort: 'title' }, { countryCode: 'SO' });
    expect(next).toEqual({ q: 'media', page: undefined, sort: 'title', countryCode: 'SO' });
  });

  it('moves the other end of the span when one end passes it', () => {
    expect(withFilter({ yearFrom: 2024, yearTo: 2025 }, { yearFrom: 2026 })).toMatchObject({
      yearFrom: 2026,
      yearTo: 2026,
    });
    expect(withFilter({ yearFrom: 2025, yearTo: 2026 }, { yearTo: 2023 })).toMatchObject({
      yearFrom: 2023,
      yearTo: 2023,
    });
  });

  it('clears every filter but keeps how the table is searched and sorted', () => {
    const search = validateReportsSearch({
      gender: 'female',
      yearFrom: '2025',
      q: 'media',
      sort: 'title',
      order: 'asc',
      page: '2',
    });
    expect(withoutFilters(search)).toEqual({ q: 'media', sort: 'title', order: 'asc' });
    expect(hasFilters(withoutFilters(search))).toBe(false);
  });
});
