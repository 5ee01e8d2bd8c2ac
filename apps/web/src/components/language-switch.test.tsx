import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../lib/i18n';
import { renderWithProviders } from '../test/render';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  it('switching to Arabic mirrors the document and is remembered', async () => {
    const user = userEvent.setup({ delay: null });
    const { i18n } = renderWithProviders(<LanguageSwitch />, { language: 'en' });
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'en');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ar');

    expect(i18n.language).toBe('ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
    // The switch's own label follows the language.
    expect(screen.getByRole('combobox', { name: 'اللغة' })).toHaveValue('ar');

    await user.selectOptions(screen.getByRole('combobox', { name: 'اللغة' }), 'fr');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
  });
});
