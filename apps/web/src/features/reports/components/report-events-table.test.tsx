import type { ReportEventRow } from '@multaqa/contract';
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { ReportEventsTable } from './report-events-table';

const rows: ReportEventRow[] = [
  {
    eventId: '0b6c7a52-9d3e-4f1a-8c2b-5e6f7a8b9c0d',
    title: { ar: 'وسائل التواصل الاجتماعي في العمل الحكومي', en: 'Social media in government' },
    kind: 'training',
    startDate: '2026-03-15',
    countryCode: 'SO',
    participants: 1250,
    officialsTrained: 24,
    attendanceRatePercent: 87.4,
    certificatesIssued: 22,
    knowledgeGainPoints: 18.5,
    satisfactionMean: 4.3,
  },
  {
    eventId: '1c7d8b63-0e4f-4a2b-9d3c-6f7a8b9c0d1e',
    title: { en: 'Riyadh conference' },
    kind: 'conference',
    startDate: '2025-11-02',
    countryCode: 'SA',
    participants: 80,
    officialsTrained: 0,
    attendanceRatePercent: null,
    certificatesIssued: 0,
    knowledgeGainPoints: null,
    satisfactionMean: null,
  },
];

/** The table inside a router, as its title cells are router links. */
function renderTable(language: 'ar' | 'en', onSort = vi.fn()) {
  const rootRoute = createRootRoute({
    component: () => <ReportEventsTable items={rows} sort="trained" order="desc" onSort={onSort} />,
  });
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: ['/reports'] }),
  });
  renderWithProviders(<RouterProvider router={router as never} />, { language });
  return onSort;
}

describe('ReportEventsTable', () => {
  it('shows each held event with its figures in the reader’s digits, linking to its page', async () => {
    renderTable('ar');
    const table = await screen.findByRole('table', { name: 'الفعاليات المنعقدة' });
    const [, first, second] = within(table).getAllByRole('row');

    const link = within(first).getByRole('link', {
      name: 'وسائل التواصل الاجتماعي في العمل الحكومي',
    });
    expect(link).toHaveAttribute('href', '/events/0b6c7a52-9d3e-4f1a-8c2b-5e6f7a8b9c0d');
    const cells = within(first)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    // Digits as the rest of the app writes Arabic numbers (Intl's choice for `ar`).
    const ar = (value: number, options?: Intl.NumberFormatOptions) =>
      new Intl.NumberFormat('ar', options).format(value);
    expect(cells).toEqual([
      'وسائل التواصل الاجتماعي في العمل الحكومي',
      'دورة تدريبية',
      expect.stringContaining('مارس'),
      'الصومال',
      ar(1250),
      ar(24),
      ar(0.87, { style: 'percent' }),
      ar(22),
      `${ar(18.5)} نقطة`,
      `${ar(4.3)} من ${ar(5)}`,
    ]);

    // A title missing in Arabic falls back to another language; figures not measured say so.
    const secondCells = within(second)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(secondCells[0]).toBe('Riyadh conference');
    expect(secondCells.slice(6)).toEqual(['لا بيانات', ar(0), 'لا بيانات', 'لا بيانات']);
  });

  it('marks the sorted column and sorts by a heading when pressed', async () => {
    const onSort = renderTable('en');
    const table = await screen.findByRole('table', { name: 'Held events' });
    const sorted = within(table).getByRole('columnheader', { name: /Officials trained/ });
    expect(sorted).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByRole('columnheader', { name: /Event/ })).not.toHaveAttribute(
      'aria-sort',
    );

    await userEvent.click(within(sorted).getByRole('button'));
    expect(onSort).toHaveBeenLastCalledWith('trained', 'asc');
    await userEvent.click(within(table).getByRole('button', { name: 'Event: sort ascending' }));
    expect(onSort).toHaveBeenLastCalledWith('title', 'asc');
    // Columns the API cannot sort by are plain headings.
    expect(
      within(within(table).getByRole('columnheader', { name: 'Kind' })).queryByRole('button'),
    ).toBeNull();
  });
});
