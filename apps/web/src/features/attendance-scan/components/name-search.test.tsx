import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { rosterEntry, SESSION_ID } from '../lib/test-kit';
import { NameSearch } from './name-search';

const fatima = rosterEntry('Fatima Zahra Benali', 'فاطمة الزهراء بنعلي');
const omar = {
  ...rosterEntry('Omar Farah', 'عمر فارح'),
  attendance: {
    sessionId: SESSION_ID,
    participantId: 'x',
    status: 'present' as const,
    method: 'scan' as const,
    takenAt: '2026-12-01T06:00:00.000Z',
    takenBy: null,
  },
};

describe('NameSearch', () => {
  it('finds a person in either script and checks them in with one tap', async () => {
    const onPick = vi.fn();
    renderWithProviders(<NameSearch entries={[fatima, omar]} onPick={onPick} />);
    const field = screen.getByRole('searchbox', { name: /Name, in Arabic or Latin script/ });
    fireEvent.change(field, { target: { value: 'فاطمه' } });
    await userEvent.click(screen.getByRole('button', { name: 'Check in Fatima Zahra Benali' }));
    expect(onPick).toHaveBeenCalledWith(fatima.participantId);
  });

  it('shows someone already checked in without a button, and says when nobody matches', () => {
    renderWithProviders(<NameSearch entries={[fatima, omar]} onPick={() => {}} />);
    const field = screen.getByRole('searchbox', { name: /Name/ });
    fireEvent.change(field, { target: { value: 'omar' } });
    expect(screen.getByRole('listitem')).toHaveTextContent('Present');
    expect(screen.queryByRole('button', { name: /Check in/ })).toBeNull();
    fireEvent.change(field, { target: { value: 'zzz' } });
    expect(screen.getByRole('status')).toHaveTextContent("Nobody on this session's list");
  });
});
