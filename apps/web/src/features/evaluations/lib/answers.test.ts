import { evaluationResponseInputSchema, type EvaluationForm } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import {
  answeredCount,
  buildResponse,
  choose,
  emptyAnswers,
  missingQuestions,
  rowKey,
} from './answers';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const base = {
  evaluationId: id(1),
  event: { id: id(2), title: { en: 'Event' }, timeZone: 'Africa/Mogadishu' },
  opensAt: '2026-01-01T06:00:00.000Z',
  closesAt: '2026-01-08T20:00:00.000Z',
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
      prompt: { en: 'Q1' },
      points: 1,
      options: [
        { id: id(11), text: { en: 'a' } },
        { id: id(12), text: { en: 'b' } },
      ],
    },
    {
      id: id(20),
      type: 'multiple',
      prompt: { en: 'Q2' },
      points: 2,
      options: [
        { id: id(21), text: { en: 'a' } },
        { id: id(22), text: { en: 'b' } },
        { id: id(23), text: { en: 'c' } },
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
      prompt: { en: 'Useful' },
      scope: 'session',
      sessionId: id(31),
      trainerId: null,
      subject: 'Opening',
    },
    {
      itemId: id(30),
      type: 'likert',
      prompt: { en: 'Useful' },
      scope: 'session',
      sessionId: id(32),
      trainerId: null,
      subject: 'Closing',
    },
    {
      itemId: id(40),
      type: 'text',
      prompt: { en: 'Improve?' },
      scope: 'event',
      sessionId: null,
      trainerId: null,
      subject: null,
    },
  ],
};

describe('choosing answers', () => {
  it('keeps one option for a single-choice question and toggles for multiple choice', () => {
    let state = choose(emptyAnswers(), test.questions[0], id(11), true);
    state = choose(state, test.questions[0], id(12), true);
    expect(state.choices[id(10)]).toEqual([id(12)]);

    state = choose(state, test.questions[1], id(23), true);
    state = choose(state, test.questions[1], id(21), true);
    state = choose(state, test.questions[1], id(23), false);
    expect(state.choices[id(20)]).toEqual([id(21)]);
  });
});

describe('a test response', () => {
  it('names the questions still unanswered, in order', () => {
    const state = choose(emptyAnswers(), test.questions[1], id(22), true);
    expect(missingQuestions(test, state).map((q) => q.id)).toEqual([id(10)]);
    expect(answeredCount(test, state)).toBe(1);
  });

  it('sends every question with its options in the order shown, whatever the click order', () => {
    let state = choose(emptyAnswers(), test.questions[1], id(23), true);
    state = choose(state, test.questions[1], id(21), true);
    state = choose(state, test.questions[0], id(11), true);
    const body = buildResponse(test, state);
    expect(body).toEqual({
      answers: [
        { questionId: id(10), optionIds: [id(11)] },
        { questionId: id(20), optionIds: [id(21), id(23)] },
      ],
      survey: [],
    });
    expect(evaluationResponseInputSchema.safeParse(body).success).toBe(true);
  });
});

describe('a survey response', () => {
  it('keeps a rating per session apart and leaves unanswered rows and blank text out', () => {
    const state = {
      ...emptyAnswers(),
      ratings: { [rowKey(survey.rows[1])]: 4 },
      texts: { [rowKey(survey.rows[2])]: '   ' },
    };
    expect(missingQuestions(survey, state)).toEqual([]);
    expect(answeredCount(survey, state)).toBe(1);
    expect(buildResponse(survey, state)).toEqual({
      answers: [],
      survey: [{ itemId: id(30), sessionId: id(32), trainerId: null, rating: 4, text: null }],
    });
  });

  it('trims free text and passes the contract schema', () => {
    const state = {
      ...emptyAnswers(),
      ratings: { [rowKey(survey.rows[0])]: 5 },
      texts: { [rowKey(survey.rows[2])]: '  More practice  ' },
    };
    const body = buildResponse(survey, state);
    expect(body.survey).toEqual([
      { itemId: id(30), sessionId: id(31), trainerId: null, rating: 5, text: null },
      { itemId: id(40), sessionId: null, trainerId: null, rating: null, text: 'More practice' },
    ]);
    expect(evaluationResponseInputSchema.safeParse(body).success).toBe(true);
  });
});
