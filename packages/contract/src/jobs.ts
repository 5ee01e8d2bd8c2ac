import { z } from 'zod';

export const JOB_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export const jobStatusSchema = z.enum(JOB_STATUSES).meta({ id: 'JobStatus' });

/** Work that runs in the background (a large import): how far it got, and what it gave. */
export const jobSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    status: jobStatusSchema,
    /** Items done out of the total (rows of an import). */
    done: z.number().int(),
    total: z.number().int(),
    /** Why it failed, when it did. */
    error: z.string().nullable(),
    eventId: z.uuid().nullable(),
    /** What the job produced once completed, e.g. the counts of an import. */
    result: z.record(z.string(), z.unknown()).nullable(),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Job' });
export type Job = z.infer<typeof jobSchema>;

/** The answer to a request whose work was handed to a background job (202). */
export const jobAcceptedSchema = z.object({ job: jobSchema }).meta({ id: 'JobAccepted' });
export type JobAccepted = z.infer<typeof jobAcceptedSchema>;
