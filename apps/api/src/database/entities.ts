import { AuthSessionEntity } from '../auth/auth-session.entity.js';
import { PackageModuleEntity } from '../training-packages/entities/package-module.entity.js';
import { TrainingPackageEntity } from '../training-packages/entities/training-package.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** Listed by hand (not globbed) so the same list works from src under jest and from dist. */
export const entities = [UserEntity, AuthSessionEntity, TrainingPackageEntity, PackageModuleEntity];
