import type { EvaluationForm } from '@multaqa/contract';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { EvaluationTaker } from './evaluation-taker';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const base = {
  evaluationId: id(1),
  event: { id: id(2), title: { en: 'Fact-checking', ar: 'التحقق' }, timeZone: 'Africa/Mogadishu' },
  // 06:00 UTC is 09:00 in Mogadishu.
  opensAt: '2026-03-01T06:00:00.000Z',
  closesAt: '2026-03-08T20:00:00.000Z',
  state: 'open' as const,
  passMarkPercent: 60,
  result: null,
};

const test: EvaluationForm = {
  ...base,
  kind: 'post_test',
  rows: [],
  questions: [
    {
      id: id(10),
      type: 'single',
      prompt: { en: 'When to check a source?', ar: 'متى نتحقق من المصدر؟' },
      points: 1,
      options: [
        { id: id(11), text: { en: 'Before sharing', ar: 'قبل النشر' } },
        { id: id(12), text: { en: 'After sharing', ar: 'بعد النشر' } },
      ],
    },
    {
      id: id(20),
      type: 'multiple',
      prompt: { en: 'Which help verify a photo?', ar: 'ما الذي يساعد؟' },
      points: 1,
      options: [
        { id: id(21), text: { en: 'Reverse image search', ar: 'البحث العكسي' } },
        { id: id(22), text: { en: 'Metadata', ar: 'البيانات الوصفية' } },
      ],
    },
  ],
};

const survey: EvaluationForm = {
  ...base,
  kind: 'survey',
  questions: [],
  rows: [
    {
      itemId: id(30),
      type: 'likert',
      prompt: { en: 'The session was useful', ar: 'كانت الجلسة مفيدة' },
      scope: 'session',
      sessionId: id(31),
      trainerId: null,
      subject: 'Opening',
    },
  ],
};

describe('EvaluationTaker', () => {
  it('points at the unanswered question, then asks to confirm once every question is answered', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<EvaluationTaker form={test} source={{ evaluationId: id(1) }} />);
    expect(screen.getByText('0 of 2 answered')).toBeInTheDocument();

    expect(
      screen.getByRole('radiogroup', { name: '1. When to check a source?' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Before sharing' }));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Question 2 has no answer yet.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Reverse image search' }));
    await user.click(screen.getByRole('checkbox', { name: 'Metadata' }));
    expect(screen.getByText('2 of 2 answered')).toBeInTheDocument();
    expect(screen.queryByText('Question 2 has no answer yet.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send your answers?' });
    expect(within(dialog).getByText(/cannot be changed/)).toBeInTheDocument();
  });

  it('rates on a 1 to 5 scale with labelled radios that the arrow keys move through, in Arabic', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<EvaluationTaker form={survey} source={{ token: 'abc' }} />, {
      language: 'ar',
    });
    // The statement names the group; the session it is about is its description.
    const group = screen.getByRole('radiogroup', { name: /كانت الجلسة مفيدة/ });
    expect(group).toHaveAccessibleDescription(/الجلسة: Opening/);
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(5);
    expect(within(group).getByRole('radio', { name: /لا أوافق بشدة/ })).toBe(radios[0]);
    expect(within(group).getByRole('radio', { name: /· أوافق بشدة$/ })).toBe(radios[4]);

    await user.click(radios[2]);
    await user.keyboard('{ArrowDown}');
    expect(radios[3]).toBeChecked();
    expect(screen.getByText(/أُجيب عن (1|١) من (1|١)/)).toBeInTheDocument();
  });

  it('shows when a closed evaluation closed, on the event clock', () => {
    renderWithProviders(
      <EvaluationTaker form={{ ...test, state: 'closed' }} source={{ evaluationId: id(1) }} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/closed on .*11:00\sPM/);
    expect(screen.queryByRole('button', { name: 'Send my answers' })).not.toBeInTheDocument();
  });
});
