import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { StatusButtons } from './status-buttons';

describe('StatusButtons', () => {
  it('marks with one tap, says which status is on, and sends nothing for the one already on', async () => {
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    renderWithProviders(<StatusButtons name="أحمد عبدي" value="late" onChange={onChange} />, {
      language: 'ar',
    });
    const group = screen.getByRole('group', { name: 'أحمد عبدي' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['حاضر', 'متأخر', 'معذور', 'غائب']);
    expect(within(group).getByRole('button', { name: 'متأخر' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(group).getByRole('button', { name: 'حاضر' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await user.click(within(group).getByRole('button', { name: 'متأخر' }));
    expect(onChange).not.toHaveBeenCalled();
    await user.click(within(group).getByRole('button', { name: 'حاضر' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('present');
  });
});
