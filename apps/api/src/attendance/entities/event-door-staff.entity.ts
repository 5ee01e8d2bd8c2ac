import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';
import { UserEntity } from '../../users/user.entity.js';

/** Door staff assigned to an event: they may scan badges for its sessions and nothing else. */
@Entity({ name: 'event_door_staff' })
@Index('event_door_staff_user_id_idx', ['userId'])
export class EventDoorStaffEntity {
  @PrimaryColumn({
    name: 'event_id',
    type: 'uuid',
    primaryKeyConstraintName: 'event_door_staff_pkey',
  })
  eventId: string;

  @PrimaryColumn({
    name: 'user_id',
    type: 'uuid',
    primaryKeyConstraintName: 'event_door_staff_pkey',
  })
  userId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_door_staff_event_id_fkey' })
  event: Relation<EventEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'event_door_staff_user_id_fkey' })
  user: Relation<UserEntity>;
}
