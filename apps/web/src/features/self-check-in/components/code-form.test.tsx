import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { CodeForm } from './code-form';

const SESSION = '00000000-0000-4000-8000-000000000001';

describe('CodeForm', () => {
  it('sends the typed code as the projector shows it, with the session of the link', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<CodeForm sessionId={SESSION} pending={false} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText(/Code on the screen/), ' ab3 k-7q ');
    await userEvent.click(screen.getByRole('button', { name: 'Check in' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({ code: 'AB3K7Q', sessionId: SESSION });
  });

  it('refuses an empty code in Arabic without sending, and leaves the session out when typed by hand', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<CodeForm sessionId={undefined} pending={false} onSubmit={onSubmit} />, {
      language: 'ar',
    });
    const field = screen.getByLabelText(/الرمز المعروض على الشاشة/);
    await userEvent.click(screen.getByRole('button', { name: 'سجّل حضوري' }));
    await vi.waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.type(field, 'WRT2JQ');
    await userEvent.click(screen.getByRole('button', { name: 'سجّل حضوري' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ code: 'WRT2JQ' }));
  });
});
