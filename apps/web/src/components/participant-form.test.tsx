import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { DuplicateList } from './participant-form';

describe('DuplicateList', () => {
  it('tells a match outside the coordinator’s events without a record to open or use', () => {
    renderWithProviders(
      <DuplicateList
        duplicates={[{ participant: null, reasons: ['email'] }]}
        onOpen={() => {}}
        onUse={() => {}}
      />,
      { language: 'en' },
    );
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'The registry already holds a matching person outside your events (email).',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
