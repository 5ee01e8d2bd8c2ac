import type { Gender, Language, Question } from '@multaqa/contract';
import { emptyAnswers, toAnswers } from '../../../lib/answers';
import type { PublicRegistrationBody } from '../api/register';

/*
 * The public form's values and the request built from them, without the zod schema (see
 * registration-form-values.ts): the public pages' light entry (src/public) uses these too.
 */

/** What the public form holds: every field as typed (strings), answers by question key. */
export interface RegistrationFormValues {
  fullNameAr: string;
  fullNameLatin: string;
  gender: Gender | '';
  nationality: string;
  /** '' when none is picked. */
  institutionId: string;
  proposedInstitution: string;
  position: string;
  email: string;
  phone: string;
  preferredLanguage: Language;
  invitationCode: string;
  /** yes/no answers are 'yes' | 'no' here, booleans in the request. */
  answers: Record<string, string>;
}

export function emptyRegistrationValues(
  questions: Question[],
  lang: Language,
  invitationCode = '',
): RegistrationFormValues {
  return {
    fullNameAr: '',
    fullNameLatin: '',
    gender: '',
    nationality: '',
    institutionId: '',
    proposedInstitution: '',
    position: '',
    email: '',
    phone: '',
    preferredLanguage: lang,
    invitationCode,
    answers: emptyAnswers(questions),
  };
}

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value);

/**
 * The request body. Empty required fields become `undefined`, so the contract's schema says
 * "required" rather than "not a valid email".
 */
export function toRegistrationRequest(
  values: RegistrationFormValues,
  questions: Question[],
  submissionId: string,
): PublicRegistrationBody {
  const answers = toAnswers(questions, values.answers);
  const body = {
    fullNameAr: values.fullNameAr,
    fullNameLatin: values.fullNameLatin,
    gender: values.gender || undefined,
    nationality: blankToUndefined(values.nationality),
    institutionId: values.institutionId || null,
    proposedInstitution: blankToUndefined(values.proposedInstitution),
    position: values.position,
    email: blankToUndefined(values.email),
    phone: values.phone.trim() === '' ? null : values.phone,
    preferredLanguage: values.preferredLanguage,
    answers,
    invitationCode: blankToUndefined(values.invitationCode),
    submissionId,
  };
  // Fields left empty are caught by the schema before the body is sent.
  return body as PublicRegistrationBody;
}
