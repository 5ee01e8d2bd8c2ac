import type { TrainingPackage } from '@multaqa/contract';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fill } from '../../../test/fill';
import { renderWithProviders } from '../../../test/render';
import { evaluationKeys } from '../api/query-keys';
import { QuestionBankSection } from './question-bank-section';

const pkg = (status: TrainingPackage['status']) =>
  ({ id: '00000000-0000-4000-8000-000000000001', status }) as TrainingPackage;

function renderBank(status: TrainingPackage['status'], canEdit = true) {
  return renderWithProviders(<QuestionBankSection pkg={pkg(status)} canEdit={canEdit} />, {
    // The bank as GET …/questions gives it: empty here, so nothing is fetched.
    prepare: (client) =>
      client.setQueryData(evaluationKeys.bank(pkg(status).id), { questions: [] }),
  });
}

describe('QuestionBankSection', () => {
  it('refuses a question without a prompt, and keeps one correct answer for single choice', async () => {
    const user = userEvent.setup({ delay: null });
    renderBank('draft');
    await user.click(await screen.findByRole('button', { name: 'Add a question' }));
    const question = screen.getByRole('group', { name: 'Question 1' });

    await user.click(within(question).getByRole('radio', { name: 'Option 2' }));
    expect(within(question).getByRole('radio', { name: 'Option 2' })).toBeChecked();
    expect(within(question).getByRole('radio', { name: 'Option 1' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Save the questions' }));
    expect(
      await screen.findByText('Fill in at least one language (Arabic, English or French).'),
    ).toBeInTheDocument();
    expect(within(question).getByRole('textbox', { name: 'Question (English)' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    // Multiple choice may mark both; back to single choice keeps the first marked.
    await user.click(within(question).getByRole('radio', { name: 'Multiple choice' }));
    await user.click(within(question).getByRole('checkbox', { name: 'Option 1' }));
    expect(within(question).getByRole('checkbox', { name: 'Option 1' })).toBeChecked();
    expect(within(question).getByRole('checkbox', { name: 'Option 2' })).toBeChecked();
    await user.click(within(question).getByRole('radio', { name: 'Single choice' }));
    expect(within(question).getByRole('radio', { name: 'Option 1' })).toBeChecked();
    expect(within(question).getByRole('radio', { name: 'Option 2' })).not.toBeChecked();

    fill(within(question).getByRole('textbox', { name: 'Question (English)' }), 'Why?');
    fill(within(question).getByRole('textbox', { name: 'Option 1 (English)' }), 'Because');
    expect(within(question).getByRole('radio', { name: 'Option 1: Because' })).toBeChecked();
  });

  it('explains that a published version keeps its questions', async () => {
    renderBank('published');
    expect(await screen.findByText('This version is published')).toBeInTheDocument();
    expect(screen.getByText(/create a new version to change the questions/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a question' })).not.toBeInTheDocument();
  });
});
