import { publicRegistrationSchema, type Question } from '@multaqa/contract';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { decodeMessage, encodeMessage, requestResolver } from '../../../lib/form';
import { toRegistrationRequest, type RegistrationFormValues } from './registration-request';

export {
  emptyRegistrationValues,
  toRegistrationRequest,
  type RegistrationFormValues,
} from './registration-request';

/**
 * The contract's publicRegistrationSchema, plus what only the event knows: its required
 * questions, and an invitation code when registration is by invitation only. All errors show at
 * once (zod skips the "a name in either script" rule while other fields are wrong).
 */
export function registrationResolver(
  questions: Question[],
  invitationOnly: boolean,
): Resolver<RegistrationFormValues> {
  const base = requestResolver<RegistrationFormValues, typeof publicRegistrationSchema>(
    publicRegistrationSchema,
    (values) => toRegistrationRequest(values, questions, '00000000-0000-4000-8000-000000000000'),
  );
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const errors: FieldErrors<RegistrationFormValues> = { ...result.errors };
    const required = (key: string) => ({
      type: 'required',
      message: encodeMessage({ key, params: {} }),
    });
    // "A name in either script" is said on the first field, which carries that hint: the
    // contract puts it on the Latin name, and an empty form's focus then skipped the first field.
    if (values.fullNameAr.trim().length < 2 && values.fullNameLatin.trim().length < 2) {
      if (isNameRule(errors.fullNameLatin?.message)) delete errors.fullNameLatin;
      if (!errors.fullNameLatin && !errors.fullNameAr)
        errors.fullNameAr = required('validation.name_required');
    }
    if (invitationOnly && !values.invitationCode.trim() && !errors.invitationCode) {
      errors.invitationCode = required('validation.invitation_code_required');
    }
    const answerErrors: Record<string, ReturnType<typeof required>> = {};
    for (const q of questions) {
      if (q.required && !(values.answers[q.key] ?? '').trim())
        answerErrors[q.key] = required('validation.answer_required');
    }
    if (Object.keys(answerErrors).length > 0) {
      errors.answers = { ...(errors.answers as object), ...answerErrors } as typeof errors.answers;
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };
}

const isNameRule = (message: string | undefined) =>
  decodeMessage(message)?.key === 'validation.name_required';
