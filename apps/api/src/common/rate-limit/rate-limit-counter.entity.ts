import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One fixed-window counter (failed sign-ins of an account, writes from an address, a spent
 * proof of work). Kept in PostgreSQL so every API process sees the same counts.
 */
@Entity({ name: 'rate_limit_counters' })
@Index('rate_limit_counters_resets_at_idx', ['resetsAt'])
export class RateLimitCounterEntity {
  @PrimaryColumn({
    name: 'key',
    type: 'text',
    primaryKeyConstraintName: 'rate_limit_counters_pkey',
  })
  key: string;

  @Column({ name: 'hits', type: 'integer' })
  hits: number;

  @Column({ name: 'resets_at', type: 'timestamptz' })
  resetsAt: Date;
}
