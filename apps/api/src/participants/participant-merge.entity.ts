import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The history of a merge: which record was folded into which, what it said, who did it. */
@Entity({ name: 'participant_merges' })
@Index('participant_merges_kept_id_idx', ['keptId'])
export class ParticipantMergeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'kept_id', type: 'uuid' })
  keptId: string;

  @Column({ name: 'merged_id', type: 'uuid' })
  mergedId: string;

  /** The merged record as it was, so nothing is lost. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Column({ name: 'merged_by_id', type: 'uuid', nullable: true })
  mergedById: string | null;

  @CreateDateColumn({ name: 'merged_at', type: 'timestamptz' })
  mergedAt: Date;
}
