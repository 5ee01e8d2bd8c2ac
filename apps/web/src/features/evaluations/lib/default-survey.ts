import type { SurveyItem } from '@multaqa/contract';

/**
 * The survey a coordinator starts from. These are content, not interface words: they are saved
 * with the survey in all three languages, whatever language the coordinator reads.
 */
export const DEFAULT_SURVEY_ITEMS: readonly Omit<SurveyItem, 'id'>[] = [
  {
    type: 'likert',
    scope: 'event',
    prompt: {
      ar: 'حقّق التدريب أهدافه',
      en: 'The training met its objectives',
      fr: 'La formation a atteint ses objectifs',
    },
  },
  {
    type: 'likert',
    scope: 'session',
    prompt: {
      ar: 'كانت الجلسة مفيدة',
      en: 'The session was useful',
      fr: 'La séance était utile',
    },
  },
  {
    type: 'likert',
    scope: 'trainer',
    prompt: {
      ar: 'شرح المدرّب بوضوح',
      en: 'The trainer explained clearly',
      fr: 'Le formateur a expliqué clairement',
    },
  },
  {
    type: 'text',
    scope: 'event',
    prompt: {
      ar: 'ما الذي ينبغي أن نحسّنه؟',
      en: 'What should we improve?',
      fr: 'Que devrions-nous améliorer ?',
    },
  },
];
