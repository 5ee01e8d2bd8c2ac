import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { SessionConflicts } from './session-conflicts';

describe('SessionConflicts', () => {
  it('says "booked in another event" for a clash in an event the coordinator does not see', () => {
    renderWithProviders(
      <SessionConflicts
        timeZone="Africa/Mogadishu"
        conflicts={[
          {
            kind: 'speaker',
            subject: 'Amina Trainer',
            sessionId: null,
            sessionTitle: null,
            eventId: null,
            eventTitle: null,
            startsAt: '2020-01-12T06:00:00.000Z',
            endsAt: '2020-01-12T07:00:00.000Z',
          },
        ]}
      />,
      { language: 'fr' },
    );
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('réservé dans un autre événement');
    expect(item).not.toHaveTextContent('(sans titre)');
  });
});
