import type { publicRegistrationSchema } from '@multaqa/contract';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { z } from 'zod';

export type SubmittedForm = z.output<typeof publicRegistrationSchema>;

/**
 * A public form accepted but not decided yet: the request only writes this row, and the
 * registration-decisions worker takes an event's rows in arrival order (`id`), decides them
 * under the event's lock and deletes them in the same transaction.
 *
 * No foreign key to events on purpose: checking one takes a key-share lock on the event's row,
 * which would make every submit wait for the worker's batch holding that row.
 */
@Entity({ name: 'registration_submissions' })
@Index('registration_submissions_event_submission_key', ['eventId', 'submissionId'], {
  unique: true,
})
@Index('registration_submissions_event_id_id_idx', ['eventId', 'id'])
export class RegistrationSubmissionEntity {
  /** Arrival order: the waiting list follows it. */
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    primaryKeyConstraintName: 'registration_submissions_pkey',
  })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  /** The form's submission id: a repeated submit finds this row and changes nothing. */
  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  /** The form as validated at submit, kept only until it is decided. */
  @Column({ type: 'jsonb' })
  form: SubmittedForm;

  /**
   * Set when the worker could not decide it (its institution was deleted since, say): kept for
   * an admin to see and settle rather than dropped, and left out of the queue.
   */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  /** JSON `{ code, params }`: the error, translated when staff read it. */
  @Column({ type: 'text', nullable: true })
  failure: string | null;

  /** Staff looked at a set-aside form and settled it another way; the form is kept. */
  @Column({ name: 'dismissed_at', type: 'timestamptz', nullable: true })
  dismissedAt: Date | null;

  @Column({ name: 'dismissed_by_id', type: 'uuid', nullable: true })
  dismissedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
