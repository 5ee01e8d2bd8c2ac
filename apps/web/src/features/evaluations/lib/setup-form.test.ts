import { evaluationInputSchema, type Evaluation } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import { defaultSetup, evaluationToSetup, setupToInput } from './setup-form';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const event = { startDate: '2026-03-01', endDate: '2026-03-05' };

describe('setting up an evaluation', () => {
  it('reads the times in the event time zone', () => {
    const values = defaultSetup('pre_test', event, [id(1)]);
    const input = setupToInput('pre_test', values, 'Africa/Mogadishu', [id(1)]);
    expect(input.opensAt).toBe('2026-03-01T08:00:00+03:00');
    expect(input.closesAt).toBe('2026-03-01T12:00:00+03:00');
    expect(evaluationInputSchema.safeParse(input).success).toBe(true);
  });

  it('sends the chosen questions in the bank order, whatever the order they were ticked', () => {
    const values = { ...defaultSetup('post_test', event, []), questionIds: [id(3), id(1)] };
    const input = setupToInput('post_test', values, 'UTC', [id(1), id(2), id(3)]);
    expect(input.questionIds).toEqual([id(1), id(3)]);
    expect(input.items).toBeUndefined();
    expect(input.opensAt).toBe('2026-03-05T12:00:00+00:00');
    expect(input.closesAt).toBe('2026-03-12T23:00:00+00:00');
  });

  it('starts a survey with the usual items in three languages, valid for the contract', () => {
    const values = defaultSetup('survey', event, [id(1)]);
    const input = setupToInput('survey', values, 'Europe/Paris', []);
    expect(input.items?.map((i) => [i.type, i.scope])).toEqual([
      ['likert', 'event'],
      ['likert', 'session'],
      ['likert', 'trainer'],
      ['text', 'event'],
    ]);
    expect(input.items?.every((i) => i.prompt.ar && i.prompt.en && i.prompt.fr)).toBe(true);
    expect(input.questionIds).toBeUndefined();
    expect(evaluationInputSchema.safeParse(input).success).toBe(true);
  });

  it('shows a saved evaluation back on the wall clock of the event', () => {
    const saved = {
      opensAt: '2026-03-01T05:00:00.000Z',
      closesAt: '2026-03-01T09:30:00.000Z',
      passMarkPercent: 70,
      questions: [{ id: id(2) }],
      items: [],
    } as unknown as Evaluation;
    expect(evaluationToSetup(saved, 'Africa/Mogadishu')).toMatchObject({
      opensAt: '2026-03-01T08:00',
      closesAt: '2026-03-01T12:30',
      passMarkPercent: 70,
      questionIds: [id(2)],
    });
  });
});
