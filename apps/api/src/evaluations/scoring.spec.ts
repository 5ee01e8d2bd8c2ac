import { describe, expect, it } from '@jest/globals';
import type { BankQuestion, SurveyFormRow } from '@multaqa/contract';
import { DomainException } from '../common/errors/domain.exception.js';
import { readSurvey, scoreTest } from './scoring.js';

const option = (id: string, correct: boolean) => ({ id, text: { en: id }, correct });
const questions: BankQuestion[] = [
  {
    id: 'q1',
    type: 'single',
    prompt: { en: 'q1' },
    points: 1,
    options: [option('a', true), option('b', false)],
  },
  {
    id: 'q2',
    type: 'multiple',
    prompt: { en: 'q2' },
    points: 1,
    options: [option('c', true), option('d', true), option('e', false)],
  },
  {
    id: 'q3',
    type: 'single',
    prompt: { en: 'q3' },
    points: 1,
    options: [option('f', true), option('g', false)],
  },
];
const test = (answers: [string, string[]][]) => ({
  answers: answers.map(([questionId, optionIds]) => ({ questionId, optionIds })),
  survey: [],
});
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as DomainException).code;
  }
  return null;
};

describe('scoreTest', () => {
  it('scores a multiple-choice question only when the chosen set is the correct set', () => {
    const superset = test([
      ['q1', ['a']],
      ['q2', ['c', 'd', 'e']],
      ['q3', ['f']],
    ]);
    expect(scoreTest(questions, superset, 60)).toEqual({ scorePercent: 66.67, passed: true });
    const exact = test([
      ['q1', ['b']],
      ['q2', ['d', 'c']],
      ['q3', ['g']],
    ]);
    expect(scoreTest(questions, exact, 60)).toEqual({ scorePercent: 33.33, passed: false });
  });

  it('passes at exactly the pass mark', () => {
    const all = test([
      ['q1', ['a']],
      ['q2', ['c', 'd']],
      ['q3', ['g']],
    ]);
    expect(scoreTest(questions, all, 66.67).passed).toBe(true);
  });

  it('counts an empty choice as unanswered and refuses repeats', () => {
    expect(
      codeOf(() =>
        scoreTest(
          questions,
          test([
            ['q1', ['a']],
            ['q2', []],
            ['q3', ['f']],
          ]),
          60,
        ),
      ),
    ).toBe('evaluation_incomplete');
    expect(
      codeOf(() =>
        scoreTest(
          questions,
          test([
            ['q1', ['a']],
            ['q1', ['a']],
            ['q2', ['c']],
            ['q3', ['f']],
          ]),
          60,
        ),
      ),
    ).toBe('evaluation_invalid_answer');
    expect(
      codeOf(() =>
        scoreTest(
          questions,
          test([
            ['q1', ['a']],
            ['q2', ['c', 'c']],
            ['q3', ['f']],
          ]),
          60,
        ),
      ),
    ).toBe('evaluation_invalid_answer');
  });
});

describe('readSurvey', () => {
  const rows: SurveyFormRow[] = [
    {
      itemId: 'i1',
      type: 'likert',
      prompt: {},
      scope: 'event',
      sessionId: null,
      trainerId: null,
      subject: null,
    },
    {
      itemId: 'i2',
      type: 'text',
      prompt: {},
      scope: 'event',
      sessionId: null,
      trainerId: null,
      subject: null,
    },
  ];
  const answer = (itemId: string, rating: number | null, text: string | null) => ({
    itemId,
    sessionId: null,
    trainerId: null,
    rating,
    text,
  });

  it('keeps the ratings and their mean; every row is optional', () => {
    expect(
      readSurvey(rows, { answers: [], survey: [answer('i1', 4, null), answer('i2', null, 'ok')] }),
    ).toEqual({
      ratings: [{ itemId: 'i1', sessionId: null, trainerId: null, rating: 4 }],
      ratingMean: 4,
    });
    expect(readSurvey(rows, { answers: [], survey: [] })).toEqual({
      ratings: [],
      ratingMean: null,
    });
  });

  it('refuses a rating on a text row and the same row twice', () => {
    expect(codeOf(() => readSurvey(rows, { answers: [], survey: [answer('i2', 3, null)] }))).toBe(
      'evaluation_invalid_answer',
    );
    expect(
      codeOf(() =>
        readSurvey(rows, { answers: [], survey: [answer('i1', 3, null), answer('i1', 4, null)] }),
      ),
    ).toBe('evaluation_invalid_answer');
  });
});
