import { zodResolver } from '@hookform/resolvers/zod';
import { describeIssue, type IssueMessage } from '@multaqa/contract';
import type { TFunction } from 'i18next';
import type {
  FieldErrors,
  FieldValues,
  Path,
  Resolver,
  UseFormGetValues,
  UseFormSetError,
} from 'react-hook-form';
import type { z } from 'zod';
import type { ProblemError } from './problem';

/**
 * Form error messages are stored untranslated, as `i18n:{"key":…,"params":…}`, and translated
 * when they are rendered (see components/form-error.tsx). An error already on screen therefore
 * changes language together with the rest of the page.
 */
const ENCODED_PREFIX = 'i18n:';

export function encodeMessage(message: IssueMessage): string {
  return ENCODED_PREFIX + JSON.stringify(message);
}

export function decodeMessage(message: string | undefined): IssueMessage | null {
  if (!message) return null;
  if (message.startsWith(ENCODED_PREFIX)) {
    try {
      const parsed = JSON.parse(message.slice(ENCODED_PREFIX.length)) as IssueMessage;
      if (typeof parsed.key === 'string') return { key: parsed.key, params: parsed.params ?? {} };
    } catch {
      return null;
    }
  }
  // A message set in the schema itself (`refine(..., { message: 'validation.x' })`) is a bare key.
  if (/^validation\.[a-z0-9_]+$/.test(message)) return { key: message, params: {} };
  return null;
}

/** The text to show for a form error: a translated key, or a server message already in the reader's language. */
export function translateFormMessage(
  t: TFunction,
  message: string | undefined,
): string | undefined {
  if (!message) return undefined;
  const decoded = decodeMessage(message);
  if (!decoded) return message;
  return t(decoded.key, { ...decoded.params, defaultValue: t('validation.invalid') });
}

/** One zod issue → the encoded message react-hook-form keeps in `errors.<path>.message`. */
export function issueToFormMessage(issue: z.core.$ZodIssue): string {
  return encodeMessage(describeIssue(issue));
}

/**
 * zodResolver whose messages are encoded i18n keys. The per-parse error map sees the raw issue
 * (with its input, so "missing" and "wrong type" can be told apart); messages written into the
 * schema itself (refinements) keep their bare `validation.*` key.
 */
export function schemaResolver<S extends z.ZodType<unknown, FieldValues>>(schema: S) {
  return zodResolver(schema, {
    // The raw issue carries every field describeIssue reads (code, input, minimum, …).
    error: (issue) => issueToFormMessage(issue as unknown as z.core.$ZodIssue),
  });
}

/**
 * For a form whose values are not the request body itself (texts to compact, local times to
 * convert…): `toRequest` builds the body, the contract's schema checks it, and its errors land on
 * the form fields of the same paths. The form keeps its own values; build the body again on submit.
 */
export function requestResolver<T extends FieldValues, S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
  toRequest: (values: T) => unknown,
): Resolver<T> {
  const check = schemaResolver(schema);
  return async (values, context, options) => {
    const result = await check(
      toRequest(values) as Parameters<typeof check>[0],
      context,
      options as unknown as Parameters<typeof check>[2],
    );
    return Object.keys(result.errors).length > 0
      ? { values: {}, errors: result.errors as FieldErrors<T> }
      : { values, errors: {} };
  };
}

type ServerFieldError = ProblemError['errors'][number];

/**
 * Puts the API's field errors (`modules.2.title`) on the matching form fields.
 * Returns the ones that match no field, for an alert above the form.
 */
export function applyServerErrors<T extends FieldValues>(
  error: ProblemError,
  setError: UseFormSetError<T>,
  getValues: UseFormGetValues<T>,
): ServerFieldError[] {
  const unmatched: ServerFieldError[] = [];
  let focused = false;
  for (const fieldError of error.errors) {
    const path = fieldError.path as Path<T>;
    if (fieldError.path && getValues(path) !== undefined) {
      setError(path, { type: 'server', message: fieldError.message }, { shouldFocus: !focused });
      focused = true;
    } else {
      unmatched.push(fieldError);
    }
  }
  return unmatched;
}
