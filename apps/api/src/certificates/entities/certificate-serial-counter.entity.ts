import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last serial number given per year. Incremented under a row lock in the transaction that
 * inserts the certificates, so a rollback gives the numbers back (no gaps) and two workers
 * never draw the same one.
 */
@Entity({ name: 'certificate_serial_counters' })
export class CertificateSerialCounterEntity {
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'certificate_serial_counters_pkey' })
  year: number;

  @Column({ type: 'int', default: 0 })
  last: number;
}
