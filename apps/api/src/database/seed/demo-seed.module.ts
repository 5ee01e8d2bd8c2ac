import { Module } from '@nestjs/common';
import { BadgesModule } from '../../badges/badges.module.js';
import { CertificatesModule } from '../../certificates/certificates.module.js';
import { EventsModule } from '../../events/events.module.js';
import { InstitutionsModule } from '../../institutions/institutions.module.js';
import { SessionsModule } from '../../sessions/sessions.module.js';
import { TrainingPackagesModule } from '../../training-packages/training-packages.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({
  imports: [
    BadgesModule,
    CertificatesModule,
    TrainingPackagesModule,
    InstitutionsModule,
    EventsModule,
    SessionsModule,
  ],
  providers: [DemoSeedService],
})
export class DemoSeedModule {}
