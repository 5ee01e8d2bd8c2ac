import type { AuditEntry } from '@multaqa/contract';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { historyQueryOptions } from '../api/history';
import { HistoryTable } from './history-table';

const EVENT = '5b0c1b8e-8f3e-4c57-9c7e-2f6a1d9e0a11';
const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: '1',
  at: '2020-01-12T08:30:00.000Z',
  actor: null,
  entityType: 'registrations',
  entityId: 'r1',
  eventId: EVENT,
  participantId: null,
  action: 'insert',
  before: null,
  after: { status: 'submitted' },
  ...overrides,
});

describe('HistoryTable', () => {
  it('shows who changed which record and each field before and after, in Arabic', () => {
    renderWithProviders(<HistoryTable scope="event" id={EVENT} />, {
      language: 'ar',
      prepare: (queryClient) =>
        queryClient.setQueryData(historyQueryOptions('event', EVENT, 1).queryKey, {
          items: [
            entry({
              id: '2',
              actor: { id: EVENT, fullName: 'Salma Ben Youssef' },
              entityType: 'events',
              action: 'update',
              before: { capacity: 60, status: 'draft' },
              after: { capacity: 70, status: 'registration_open' },
            }),
            entry({ id: '1' }),
          ],
          total: 2,
          page: 1,
          pageSize: 20,
        }),
    });
    const rows = within(screen.getByRole('table', { name: 'التغييرات، الأحدث أولًا' })).getAllByRole(
      'row',
    );
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Salma Ben Youssef');
    expect(rows[1]).toHaveTextContent('فعالية');
    // Field names and statuses in the reader's language, values as data.
    expect(rows[1]).toHaveTextContent('السعة: 60 → 70');
    expect(rows[1]).toHaveTextContent('الحالة: مسودة → التسجيل مفتوح');
    expect(rows[2]).toHaveTextContent('النظام أو الشخص نفسه');
    expect(rows[2]).toHaveTextContent('تسجيل');
    expect(rows[2]).toHaveTextContent('أُنشئ');
  });
});
