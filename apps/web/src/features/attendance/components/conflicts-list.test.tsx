import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { attendanceKeys } from '../api/query-keys';
import { ConflictsList } from './conflicts-list';

const EVENT = '00000000-0000-4000-8000-000000000001';
const SESSION = '00000000-0000-4000-8000-000000000002';

const conflict = {
  id: '00000000-0000-4000-8000-000000000003',
  clientId: '00000000-0000-4000-8000-000000000004',
  sessionId: SESSION,
  participantId: null,
  participantName: null,
  kind: 'revoked_badge' as const,
  outcome: 'refused' as const,
  status: 'present' as const,
  // Taken offline at 09:03 in Mogadishu, received at 11:30 when the network came back.
  takenAt: '2020-01-12T06:03:00.000Z',
  receivedAt: '2020-01-12T08:30:00.000Z',
  deviceId: 'abcdef12-0000-4000-8000-000000000005',
  takenBy: { id: '00000000-0000-4000-8000-000000000006', fullName: 'Hodan Abdullahi' },
};

describe('ConflictsList', () => {
  it('names the kind in the reader’s language, with the device’s and the server’s time on the event’s clock', () => {
    renderWithProviders(
      <ConflictsList
        eventId={EVENT}
        timeZone="Africa/Mogadishu"
        sessions={[
          {
            sessionId: SESSION,
            title: { en: 'Opening', fr: 'Ouverture' },
            startsAt: '2020-01-12T06:00:00.000Z',
            held: true,
            counts: { expected: 1, present: 0, late: 0, excused: 0, absent: 0, unmarked: 1 },
            rate: 0,
          },
        ]}
      />,
      {
        language: 'fr',
        prepare: (client) => client.setQueryData(attendanceKeys.conflicts(EVENT), [conflict]),
      },
    );
    const row = within(screen.getByRole('table', { name: 'Conflits de présence' }))
      .getAllByRole('row')
      .at(1)!;
    expect(row).toHaveTextContent('Badge révoqué');
    expect(row).toHaveTextContent('Refusé');
    expect(row).toHaveTextContent('Ouverture');
    expect(row).toHaveTextContent('09:03');
    expect(row).toHaveTextContent('11:30');
    expect(row).toHaveTextContent('Appareil abcdef12');
  });
});
