import type { Question } from '@multaqa/contract';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { countriesQueryOptions } from '../../lib/countries';
import { ProblemError } from '../../lib/problem';
import { renderWithProviders } from '../../test/render';
import type { PublicRegistrationBody } from '../../features/registration-form/api/register';
import { setData } from '../data';
import { RegistrationForm } from './registration-form';

/** The API's reference list of countries, as GET /api/countries would answer it. */
const withCountries = () =>
  setData(countriesQueryOptions, [
    { code: 'NE', name: { ar: 'النيجر', en: 'Niger', fr: 'Niger' } },
    { code: 'SO', name: { ar: 'الصومال', en: 'Somalia', fr: 'Somalie' } },
  ]);

const questions: Question[] = [
  { key: 'unit', kind: 'text', label: { ar: 'الوحدة', en: 'Unit' }, required: true, options: [] },
];

describe('RegistrationForm of the public pages (no zod, no Mantine)', () => {
  it('shows the schema errors in Arabic, tied to their fields, and focuses the first one', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn();
    renderWithProviders(
      <RegistrationForm questions={questions} invitationOnly onSubmit={onSubmit} />,
      { language: 'ar', prepare: withCountries },
    );
    await user.click(screen.getByRole('button', { name: 'سجّل' }));

    // "A name in either script" is said on the first field, not on the Latin name below it.
    const arabic = screen.getByLabelText('الاسم الكامل بالحروف العربية');
    expect(arabic).toHaveAttribute('aria-invalid', 'true');
    expect(arabic).toHaveAccessibleDescription(/أدخل الاسم بالحروف العربية أو اللاتينية\./);
    expect(screen.getByLabelText('الاسم الكامل بالحروف اللاتينية')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    const email = screen.getByLabelText(/البريد الإلكتروني/);
    expect(email).toHaveAccessibleDescription(/هذا الحقل مطلوب/);
    expect(screen.getByLabelText(/رمز الدعوة/)).toHaveAccessibleDescription(
      /لا تقبل هذه الفعالية التسجيل إلا برمز دعوة/,
    );
    expect(screen.getByLabelText(/الوحدة/)).toHaveAccessibleDescription(/أجب عن هذا السؤال/);
    expect(onSubmit).not.toHaveBeenCalled();
    // The first invalid field in the page's order gets the focus.
    await waitFor(() => expect(arabic).toHaveFocus());
  });

  it('sends the same submissionId when the person submits again after a failure', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi
      .fn<(body: PublicRegistrationBody) => Promise<unknown>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce({});
    renderWithProviders(
      <RegistrationForm
        questions={questions}
        invitationOnly={false}
        initialCode="niamey-2026"
        onSubmit={onSubmit}
      />,
      { language: 'en', prepare: withCountries },
    );
    await user.type(screen.getByLabelText('Full name in Latin script'), 'Aicha Moussa');
    await user.selectOptions(screen.getByLabelText(/Gender/), 'female');
    await user.selectOptions(screen.getByLabelText(/Nationality/), 'NE');
    await user.type(screen.getByLabelText(/^Email/), 'aicha@example.org');
    await user.type(screen.getByLabelText(/Unit/), 'Cyber unit');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText(/The server could not be reached/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(onSubmit).toHaveBeenCalledTimes(2);
    const [first, second] = onSubmit.mock.calls.map(([body]) => body);
    expect(first.submissionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.submissionId).toBe(first.submissionId);
    expect(first).toMatchObject({
      fullNameLatin: 'Aicha Moussa',
      gender: 'female',
      nationality: 'NE',
      email: 'aicha@example.org',
      phone: null,
      answers: { unit: 'Cyber unit' },
      invitationCode: 'niamey-2026',
    });
  });

  it('puts the API field errors on the fields (invitation code, answers)', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn().mockRejectedValue(
      new ProblemError({
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        code: 'validation_failed',
        detail: 'Some fields are not valid.',
        errors: [
          {
            path: 'invitationCode',
            code: 'invitation_code_expired',
            message: 'This invitation code has expired.',
          },
        ],
      }),
    );
    renderWithProviders(
      <RegistrationForm questions={[]} invitationOnly initialCode="OLD" onSubmit={onSubmit} />,
      { language: 'en', prepare: withCountries },
    );
    await user.type(screen.getByLabelText('Full name in Latin script'), 'Aicha Moussa');
    await user.selectOptions(screen.getByLabelText(/Gender/), 'female');
    await user.selectOptions(screen.getByLabelText(/Nationality/), 'NE');
    await user.type(screen.getByLabelText(/^Email/), 'aicha@example.org');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    const code = await screen.findByLabelText(/Invitation code/);
    expect(code).toHaveAccessibleDescription(/has expired/);
    expect(code).toHaveFocus();
  });
});
