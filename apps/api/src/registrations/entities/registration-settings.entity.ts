import { type Question, REGISTRATION_MODES } from '@multaqa/contract';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';

/** An event's registration form: open or by invitation, approval, and its own questions. */
@Entity({ name: 'registration_settings' })
export class RegistrationSettingsEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @OneToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'registration_settings_event_id_fkey' })
  event: Relation<EventEntity>;

  @Column({
    type: 'enum',
    enum: REGISTRATION_MODES,
    enumName: 'registration_mode',
    default: 'open',
  })
  mode: (typeof REGISTRATION_MODES)[number];

  @Column({ name: 'approval_required', type: 'boolean', default: true })
  approvalRequired: boolean;

  @Column({ type: 'jsonb', default: [] })
  questions: Question[];
}
