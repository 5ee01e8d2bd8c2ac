import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { BulkResultView } from './bulk-result';

const ids = {
  a: '11111111-1111-4111-8111-111111111111',
  b: '22222222-2222-4222-8222-222222222222',
  c: '33333333-3333-4333-8333-333333333333',
};

describe('BulkResultView', () => {
  it('names each registration left unchanged with the reason the API gave', () => {
    renderWithProviders(
      <BulkResultView
        result={{
          updated: [ids.a],
          skipped: [
            { id: ids.b, code: 'event_full', message: 'The event is full.' },
            { id: ids.c, code: 'quota_full', message: 'The quota of this institution is full.' },
          ],
        }}
        nameOf={(id) => (id === ids.b ? 'Fatima Abdi' : undefined)}
      />,
      { language: 'en' },
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Updated: 1 · Left unchanged: 2');
    const items = within(status).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Fatima Abdi: The event is full.');
    expect(items[1]).toHaveTextContent(
      'A registration not on this page: The quota of this institution is full.',
    );
  });

  it('speaks Arabic to Arabic readers, with numbers in their locale', () => {
    renderWithProviders(
      <BulkResultView result={{ updated: [ids.a, ids.b], skipped: [] }} nameOf={() => undefined} />,
      { language: 'ar' },
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      /^تم التحديث: [2٢] · بقي دون تغيير: [0٠]$/,
    );
  });
});
