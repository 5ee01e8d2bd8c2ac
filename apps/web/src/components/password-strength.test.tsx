import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { PasswordStrength } from './password-strength';

describe('PasswordStrength', { timeout: 30_000 }, () => {
  it('says a common password is too easy to guess, in the reader’s language', async () => {
    renderWithProviders(<PasswordStrength password="password1234" />, { language: 'fr' });
    expect(await screen.findByText(/^Trop facile à deviner/)).toBeInTheDocument();
    expect(document.querySelector('.mantine-Progress-root')).not.toBeNull();
  });

  it('accepts a long phrase of unrelated words', async () => {
    renderWithProviders(<PasswordStrength password="sahel-nouveau-2027-lampe" />, {
      language: 'en',
    });
    expect(await screen.findByText(/^Strong/)).toBeInTheDocument();
  });

  it('shows nothing before anything is typed', () => {
    renderWithProviders(<PasswordStrength password="" />, { language: 'ar' });
    expect(document.querySelector('.mantine-Progress-root')).toBeNull();
  });
});
