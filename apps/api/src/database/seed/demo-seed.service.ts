import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createPackageSchema } from '@multaqa/contract';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../common/auth/current-user.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { TrainingPackagesService } from '../../training-packages/training-packages.service.js';
import { hashPassword } from '../../users/passwords.js';
import { UserEntity } from '../../users/user.entity.js';
import { DEMO_PASSWORD, demoUsers, recruitmentPackage, socialMediaPackage } from './demo-data.js';

/** Loads the demo story into an empty database, so a newcomer sees something real at once. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly packages: TrainingPackagesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    if ((await this.db.getRepository(UserEntity).count()) > 0) return;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const users = await this.db
      .getRepository(UserEntity)
      .save(demoUsers.map((u) => ({ ...u, passwordHash })));
    const coordinator = users.find((u) => u.roles.includes('coordinator'))!;
    const actor: SessionUser = { ...coordinator, sessionId: '' };
    const published = await this.packages.create(
      createPackageSchema.parse(socialMediaPackage),
      actor,
    );
    await this.packages.publish(published.id, actor);
    await this.packages.create(createPackageSchema.parse(recruitmentPackage), actor);
    this.logger.log('Loaded the demo story into the empty database');
  }
}
