import { AuthSessionEntity } from '../auth/auth-session.entity.js';
import { EventStatusChangeEntity } from '../events/entities/event-status-change.entity.js';
import { EventEntity } from '../events/entities/event.entity.js';
import { InstitutionEntity } from '../institutions/institution.entity.js';
import { EventSessionEntity } from '../sessions/entities/event-session.entity.js';
import { SessionSpeakerEntity } from '../sessions/entities/session-speaker.entity.js';
import { PackageModuleEntity } from '../training-packages/entities/package-module.entity.js';
import { TrainingPackageEntity } from '../training-packages/entities/training-package.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** Listed by hand (not globbed) so the same list works from src under jest and from dist. */
export const entities = [
  UserEntity,
  AuthSessionEntity,
  TrainingPackageEntity,
  PackageModuleEntity,
  InstitutionEntity,
  EventEntity,
  EventStatusChangeEntity,
  EventSessionEntity,
  SessionSpeakerEntity,
];
