import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { DateField, DateTimeField } from './date-fields';

let seen: string | undefined;

function Form({ initial }: { initial: string }) {
  const form = useForm<{ day: string }>({ defaultValues: { day: initial } });
  seen = form.watch('day');
  return <DateField control={form.control} name="day" label="Day" />;
}

describe('DateField', () => {
  it('writes the date in the page’s language, with the month by name', () => {
    renderWithProviders(<Form initial="2020-01-12" />, { language: 'ar' });
    expect(screen.getByLabelText('Day')).toHaveValue('12 يناير 2020');
  });

  it('reads a typed ISO date into the form’s YYYY-MM-DD value, and shows it in French', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Form initial="" />, { language: 'fr' });
    const input = screen.getByLabelText('Day');
    await user.type(input, '2027-03-08');
    await user.tab();
    expect(seen).toBe('2027-03-08');
    expect(input).toHaveValue('8 mars 2027');
  });
});

function WindowForm() {
  const form = useForm<{ opens: string }>({ defaultValues: { opens: '2027-03-08T09:30' } });
  seen = form.watch('opens');
  return <DateTimeField control={form.control} name="opens" label="Opens" />;
}

describe('DateTimeField', () => {
  it('shows a local date and time in the page’s language, and clears to an empty value', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<WindowForm />, { language: 'ar' });
    expect(screen.getByRole('button', { name: 'Opens' })).toHaveTextContent('8 مارس 2027 09:30');
    await user.click(screen.getByRole('button', { name: 'مسح' }));
    expect(seen).toBe('');
  });
});
