import { textProblem, type Question } from '@multaqa/contract';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { RegistrationFormValues } from '../../features/registration-form/components/registration-request';
import { encodeMessage } from '../../lib/form';

/**
 * The public form's checks without zod in the browser: the contract's publicRegistrationSchema
 * rule by rule (validate.test.ts holds the two side by side), with the contract's message keys.
 * The API checks the same schema again; its 422 field errors land on the fields too.
 */

/** zod's own email pattern (z.email()). */
const EMAIL =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const PHONE = /^\+[1-9]\d{6,14}$/;

type Message = { type: string; message: string };
const error = (key: string, params: Record<string, string | number> = {}): Message => ({
  type: 'validate',
  message: encodeMessage({ key, params }),
});

/** A typed text's problem (control or bidi characters, line breaks, too long), once trimmed. */
function textError(value: string, max: number, multiLine = false): Message | undefined {
  const text = (multiLine ? value.replace(/\r\n?/g, '\n') : value).trim();
  const problem = textProblem(text, multiLine);
  if (problem) return error(problem);
  if (text.length > max) return error('validation.too_long', { maximum: max });
  return undefined;
}

export function validateRegistration(
  values: RegistrationFormValues,
  questions: Question[],
  invitationOnly: boolean,
): FieldErrors<RegistrationFormValues> {
  const errors: Record<string, Message | Record<string, Message>> = {};
  const set = (name: keyof RegistrationFormValues, message: Message | undefined) => {
    if (message) errors[name] = message;
  };
  const blank = (value: string) => value.trim() === '';

  set('fullNameAr', textError(values.fullNameAr, 200));
  set('fullNameLatin', textError(values.fullNameLatin, 200));
  // "A name in either script" is said on the first field, which carries that hint.
  if (
    !errors.fullNameAr &&
    !errors.fullNameLatin &&
    values.fullNameAr.trim().length < 2 &&
    values.fullNameLatin.trim().length < 2
  )
    set('fullNameAr', error('validation.name_required'));
  if (!values.gender) set('gender', error('validation.required'));
  if (blank(values.nationality)) set('nationality', error('validation.required'));
  set('proposedInstitution', textError(values.proposedInstitution, 200));
  set('position', textError(values.position, 200));
  // As zod: the address is checked as typed, then trimmed (an email input trims it anyway).
  if (blank(values.email)) set('email', error('validation.required'));
  else if (!EMAIL.test(values.email)) set('email', error('validation.invalid_email'));
  else if (values.email.trim().length > 254)
    set('email', error('validation.too_long', { maximum: 254 }));
  if (!blank(values.phone) && !PHONE.test(values.phone.trim().replace(/[\s().-]/g, '')))
    set('phone', error('validation.phone_e164'));
  const answers: Record<string, Message> = {};
  for (const q of questions) {
    const value = values.answers[q.key] ?? '';
    // A blank answer is left out of the request.
    const problem = blank(value) ? undefined : textError(value, 2000, true);
    if (problem) answers[q.key] = problem;
    else if (q.required && blank(value)) answers[q.key] = error('validation.answer_required');
  }
  if (Object.keys(answers).length > 0) errors.answers = answers;
  const code = values.invitationCode;
  if (invitationOnly && blank(code))
    set('invitationCode', error('validation.invitation_code_required'));
  else set('invitationCode', textError(code, 40));
  return errors as FieldErrors<RegistrationFormValues>;
}

export function registrationResolver(
  questions: Question[],
  invitationOnly: boolean,
): Resolver<RegistrationFormValues> {
  return (values) => {
    const errors = validateRegistration(values, questions, invitationOnly);
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };
}
