import type { z } from 'zod';

/**
 * Turns a zod issue into an i18n key and its parameters. The API and the web app both
 * call this, so a validation message is worded once (see ./i18n) and reads the same
 * whether it was caught in the browser or on the server.
 */
export interface IssueMessage {
  key: string;
  params: Record<string, string | number>;
}

type Issue = z.core.$ZodIssue;

export function describeIssue(issue: Issue): IssueMessage {
  // A schema may name its own message key (e.g. 'validation.roles_required') on any check.
  if (issue.message?.startsWith('validation.')) {
    return {
      key: issue.message,
      params: (issue as { params?: IssueMessage['params'] }).params ?? {},
    };
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? { key: 'validation.required', params: {} }
        : { key: 'validation.invalid_type', params: { expected: String(issue.expected) } };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1
          ? { key: 'validation.required', params: {} }
          : { key: 'validation.too_short', params: { minimum } };
      if (issue.origin === 'array') return { key: 'validation.too_few', params: { minimum } };
      return {
        key: issue.inclusive === false ? 'validation.too_low_exclusive' : 'validation.too_low',
        params: { minimum },
      };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'validation.too_long', params: { maximum } };
      if (issue.origin === 'array') return { key: 'validation.too_many', params: { maximum } };
      return {
        key: issue.inclusive === false ? 'validation.too_high_exclusive' : 'validation.too_high',
        params: { maximum },
      };
    }
    case 'invalid_format':
      return { key: `validation.invalid_${issue.format}`, params: {} };
    case 'invalid_value':
      // An unchosen option ("gender" left empty) is missing, not a wrong choice.
      return issue.input === undefined || issue.input === null
        ? { key: 'validation.required', params: {} }
        : { key: 'validation.invalid_choice', params: { values: issue.values.join(', ') } };
    case 'not_multiple_of':
      return { key: 'validation.not_multiple_of', params: { step: Number(issue.divisor) } };
    case 'unrecognized_keys':
      return { key: 'validation.unknown_fields', params: { keys: issue.keys.join(', ') } };
    default:
      return { key: 'validation.invalid', params: {} };
  }
}

/** `modules.2.title.en`: the path a person (and the web form) can find the field by. */
export function issuePath(issue: Issue): string {
  return issue.path.map(String).join('.');
}
