import { QUOTA_SCOPES } from '@multaqa/contract';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';
import { InstitutionEntity } from '../../institutions/institution.entity.js';

/** At most `capacity` approved registrations from one institution, or one country. */
@Entity({ name: 'registration_quotas' })
@Index('registration_quotas_institution_key', ['eventId', 'institutionId'], {
  unique: true,
  where: `scope = 'institution'`,
})
@Index('registration_quotas_country_key', ['eventId', 'countryCode'], {
  unique: true,
  where: `scope = 'country'`,
})
@Check('registration_quotas_capacity_check', 'capacity >= 0')
@Check(
  'registration_quotas_target_check',
  `(scope = 'institution' AND institution_id IS NOT NULL) OR (scope = 'country' AND country_code IS NOT NULL)`,
)
export class RegistrationQuotaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'registration_quotas_event_id_fkey' })
  event: Relation<EventEntity>;

  @Column({ type: 'enum', enum: QUOTA_SCOPES, enumName: 'quota_scope' })
  scope: (typeof QUOTA_SCOPES)[number];

  @Column({ name: 'institution_id', type: 'uuid', nullable: true })
  institutionId: string | null;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'registration_quotas_institution_id_fkey',
  })
  institution: Relation<InstitutionEntity> | null;

  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Column({ type: 'int' })
  capacity: number;
}
