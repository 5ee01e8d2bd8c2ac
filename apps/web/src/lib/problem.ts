import type {
  DuplicateCandidate,
  Problem,
  ProofOfWorkChallenge,
  SessionConflict,
} from '@multaqa/contract';

type FieldError = NonNullable<Problem['errors']>[number];

/** An API error: the body is RFC 9457 problem details whose `detail` is already translated. */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldError[];
  /** With code `session_conflict`: the bookings a session collides with. */
  readonly conflicts: SessionConflict[];
  /** With code `participant_duplicates`: the people the new one probably is. */
  readonly duplicates: DuplicateCandidate[];
  /** With status 428: the proof of work to solve before sending again. */
  readonly challenge?: ProofOfWorkChallenge;

  constructor(problem: Problem & { duplicates?: unknown; challenge?: unknown }) {
    super(problem.detail || problem.title);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail || problem.title;
    this.errors = problem.errors ?? [];
    this.conflicts = (problem.conflicts ?? []) as SessionConflict[];
    this.duplicates = Array.isArray(problem.duplicates)
      ? (problem.duplicates as DuplicateCandidate[])
      : [];
    if (problem.status === 428 && typeof problem.challenge === 'object' && problem.challenge) {
      this.challenge = problem.challenge as ProofOfWorkChallenge;
    }
  }
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).status === 'number' &&
    typeof (body as Problem).code === 'string'
  );
}

/** Builds a ProblemError from whatever an error response carried (a body that is not a problem still gets a status). */
export function toProblemError(body: unknown, response: Response): ProblemError {
  if (isProblem(body)) return new ProblemError(body);
  return new ProblemError({
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    detail: '',
    code: `http_${response.status}`,
  });
}

export function isProblemError(error: unknown, status?: number): error is ProblemError {
  return error instanceof ProblemError && (status === undefined || error.status === status);
}
