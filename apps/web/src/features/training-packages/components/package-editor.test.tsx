import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fill } from '../../../test/fill';
import { renderWithProviders } from '../../../test/render';
import { PackageEditor } from './package-editor';
import { emptyPackageForm } from './package-form-values';

function renderEditor(language: 'en' | 'ar' = 'en') {
  const onSave = vi.fn(async () => {});
  const utils = renderWithProviders(
    <PackageEditor
      initialValues={emptyPackageForm()}
      submitLabel="New training package"
      onSave={onSave}
      onCancel={() => {}}
    />,
    { language },
  );
  return { ...utils, onSave };
}

describe('PackageEditor', () => {
  it('saving with no title shows a translated error that follows the UI language', async () => {
    const user = userEvent.setup({ delay: null });
    const { onSave, i18n } = renderEditor('en');

    await user.click(screen.getByRole('button', { name: 'Save' }));

    const title = screen.getByLabelText('Title (English)');
    await waitFor(() =>
      expect(title).toHaveAccessibleDescription(
        'Fill in at least one language (Arabic, English or French).',
      ),
    );
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(onSave).not.toHaveBeenCalled();

    await act(() => i18n.changeLanguage('ar'));
    expect(screen.getByLabelText('العنوان (English)')).toHaveAccessibleDescription(
      'املأ لغة واحدة على الأقل (العربية أو الإنجليزية أو الفرنسية).',
    );
    expect(screen.getByRole('button', { name: 'حفظ' })).toBeInTheDocument();
  });

  it('marks an invalid module field with aria-invalid and its message, and sends a valid package', async () => {
    const user = userEvent.setup({ delay: null });
    const { onSave } = renderEditor('en');

    fill(screen.getByLabelText('Title (English)'), 'Countering online recruitment');
    await user.click(screen.getByRole('button', { name: 'Add module' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const module1 = screen.getByRole('group', { name: 'Module 1' });
    const hours = within(module1).getByLabelText('Hours');
    // The resolver validates asynchronously: on a loaded machine the click returns first.
    await waitFor(() => expect(hours).toHaveAttribute('aria-invalid', 'true'));
    const describedBy = hours.getAttribute('aria-describedby') ?? '';
    expect(describedBy).not.toBe('');
    expect(
      document.getElementById(
        describedBy.split(' ').find((id) => id.includes('error')) ?? describedBy,
      ),
    ).toHaveTextContent('This field is required.');
    expect(onSave).not.toHaveBeenCalled();

    fill(within(module1).getByLabelText('Module title (English)'), 'Recognising propaganda');
    await user.type(hours, '2.5');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith({
      title: { en: 'Countering online recruitment' },
      description: {},
      objectives: {},
      targetAudience: {},
      modules: [{ title: { en: 'Recognising propaganda' }, hours: 2.5, learningOutcomes: {} }],
    });
  });
});
