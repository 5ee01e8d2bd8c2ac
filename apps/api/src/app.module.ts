import { Module } from '@nestjs/common';
import { AttendanceModule } from './attendance/attendance.module.js';
import { BadgesModule } from './badges/badges.module.js';
import { CredentialsModule } from './credentials/credentials.module.js';
import { CertificatesModule } from './certificates/certificates.module.js';
import { SigningModule } from './signing/signing.module.js';
import { StorageModule } from './storage/storage.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { RateLimitModule } from './common/rate-limit/rate-limit.module.js';
import { ClockModule } from './common/clock/clock.js';
import { AppConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DemoSeedModule } from './database/seed/demo-seed.module.js';
import { EvaluationsModule } from './evaluations/evaluations.module.js';
import { EventsModule } from './events/events.module.js';
import { GeographyModule } from './geography/geography.module.js';
import { HealthModule } from './health/health.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { InstitutionsModule } from './institutions/institutions.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { ParticipantsModule } from './participants/participants.module.js';
import { RegistrationsModule } from './registrations/registrations.module.js';
import { PublicEventsModule } from './public-events/public-events.module.js';
import { SessionsModule } from './sessions/sessions.module.js';
import { TrainingPackagesModule } from './training-packages/training-packages.module.js';
import { UsersModule } from './users/users.module.js';

@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    DatabaseModule,
    JobsModule,
    StorageModule,
    RateLimitModule,
    NotificationsModule,
    AuthModule,
    UsersModule,
    TrainingPackagesModule,
    GeographyModule,
    InstitutionsModule,
    EventsModule,
    SessionsModule,
    PublicEventsModule,
    ParticipantsModule,
    RegistrationsModule,
    SigningModule,
    BadgesModule,
    CredentialsModule,
    AttendanceModule,
    CertificatesModule,
    EvaluationsModule,
    HealthModule,
    AuditModule,
    DemoSeedModule,
  ],
})
export class AppModule {}
