import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { ReissueBadgeDialog } from './reissue-badge-dialog';

describe('ReissueBadgeDialog', () => {
  it('asks for a reason before revoking, then sends it trimmed', async () => {
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <ReissueBadgeDialog name="Yusuf Hassan" onConfirm={onConfirm} onClose={() => {}} />,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Reissue this badge?' });
    expect(dialog).toHaveTextContent('A new badge will be issued for Yusuf Hassan.');
    const reason = screen.getByRole('textbox', { name: /Reason/ });
    await userEvent.click(screen.getByRole('button', { name: 'Revoke and reissue' }));
    await vi.waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(onConfirm).not.toHaveBeenCalled();
    await userEvent.type(reason, '  lost on day 2 ');
    await userEvent.click(screen.getByRole('button', { name: 'Revoke and reissue' }));
    await vi.waitFor(() => expect(onConfirm).toHaveBeenCalledWith({ reason: 'lost on day 2' }));
  });
});
