import type { Question } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import { registrationResolver as zodResolver } from '../../features/registration-form/components/registration-form-values';
import {
  emptyRegistrationValues,
  type RegistrationFormValues,
} from '../../features/registration-form/components/registration-request';
import { decodeMessage } from '../../lib/form';
import { registrationResolver } from './validate';

const questions: Question[] = [
  { key: 'unit', kind: 'text', label: { en: 'Unit' }, required: true, options: [] },
  { key: 'since', kind: 'date', label: { en: 'Since' }, required: false, options: [] },
];

const valid: RegistrationFormValues = {
  ...emptyRegistrationValues(questions, 'ar'),
  fullNameAr: 'فاطمة عبدي',
  gender: 'female',
  nationality: 'NE',
  email: 'fatima@example.org',
  answers: { unit: 'Liaison', since: '' },
  invitationCode: 'NIAMEY-2026',
};

/** Each error's field path and message key. */
async function errorsOf(
  resolver: ReturnType<typeof registrationResolver>,
  values: RegistrationFormValues,
) {
  const { errors } = await resolver(values, undefined, {
    shouldUseNativeValidation: false,
    fields: {},
  });
  const found: Record<string, string | undefined> = {};
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (!value || typeof value !== 'object') continue;
      const message = (value as { message?: unknown }).message;
      if (typeof message === 'string') found[prefix + key] = decodeMessage(message)?.key;
      else walk(value as Record<string, unknown>, `${prefix}${key}.`);
    }
  };
  walk(errors as Record<string, unknown>, '');
  return found;
}

const cases: [string, Partial<RegistrationFormValues>][] = [
  ['a valid form', {}],
  ['an empty form', emptyRegistrationValues(questions, 'ar')],
  ['a name in Latin script only', { fullNameAr: '', fullNameLatin: 'Fatima Abdi' }],
  ['a one-letter name', { fullNameAr: 'ف' }],
  ['a name with a bidi override', { fullNameAr: 'فاطمة \u202Eعبدي' }],
  ['a name of spaces and invisible characters', { fullNameAr: ' \u200B ', fullNameLatin: 'Fa' }],
  ['a name too long', { fullNameLatin: 'x'.repeat(201) }],
  ['no gender', { gender: '' }],
  ['no nationality', { nationality: '' }],
  ['no email', { email: '  ' }],
  ['an email without a domain', { email: 'fatima@' }],
  ['an email with two dots', { email: 'fatima..abdi@example.org' }],
  ['an email with spaces around it', { email: ' fatima@example.org ' }],
  ['a phone in international form', { phone: '+227 90 12 34 56' }],
  ['a phone in local form', { phone: '90 12 34 56' }],
  ['a phone with letters', { phone: '+227 ABC' }],
  ['a position on two lines', { position: 'Director\nof things' }],
  ['an unlisted institution too long', { proposedInstitution: 'x'.repeat(201) }],
  ['no answer to a required question', { answers: { unit: ' ', since: '' } }],
  ['an answer with a NUL', { answers: { unit: 'a\u0000b', since: '' } }],
  ['no invitation code', { invitationCode: '' }],
  ['an invitation code too long', { invitationCode: 'X'.repeat(41) }],
];

describe('the public form’s checks without zod', () => {
  it.each(cases)('find what the contract’s schema finds: %s', async (_, change) => {
    const values = { ...valid, ...change };
    expect(await errorsOf(registrationResolver(questions, true), values)).toEqual(
      await errorsOf(zodResolver(questions, true), values),
    );
  });

  it('ask for an invitation code only when the event is by invitation', async () => {
    const values = { ...valid, invitationCode: '' };
    expect(await errorsOf(registrationResolver(questions, false), values)).toEqual({});
  });
});
