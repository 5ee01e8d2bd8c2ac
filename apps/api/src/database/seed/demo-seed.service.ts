import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type BankQuestion,
  createEventSchema,
  createInstitutionSchema,
  createPackageSchema,
  certificateTemplateInputSchema,
  createSessionSchema,
  type EventStatus,
  generateSessionsSchema,
  updateSessionSchema,
} from '@multaqa/contract';
import { DataSource } from 'typeorm';
import { actingAs } from '../../audit/audit-context.js';
import { BadgesService } from '../../badges/badges.service.js';
import { defaultCertificateDesign } from '../../documents/certificate.js';
import { eligibilityEntries } from '../../certificates/eligibility.js';
import { CertificateIssuing } from '../../certificates/issuing.service.js';
import { CertificateTemplatesService } from '../../certificates/templates.service.js';
import type { SessionUser } from '../../common/auth/current-user.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { EventEntity } from '../../events/entities/event.entity.js';
import { EventsService } from '../../events/events.service.js';
import { InstitutionsService } from '../../institutions/institutions.service.js';
import { SessionsService } from '../../sessions/sessions.service.js';
import { TrainingPackagesService } from '../../training-packages/training-packages.service.js';
import { hashPassword } from '../../users/passwords.js';
import { UserEntity } from '../../users/user.entity.js';
import { shiftDate, toInstant } from '../../sessions/local-time.js';
import { withStartupLock } from '../startup-lock.js';
import { mogadishuCohorts, register } from './demo-attendance.js';
import { DEMO_PASSWORD, demoUsers, recruitmentPackage, socialMediaPackage } from './demo-data.js';
import { seedDelivery } from './demo-deliveries.js';
import { insertQuestionBank, questionBank } from './demo-evaluations.js';
import {
  addCountryInstitutions,
  HELD,
  heldEventInput,
  seedConferenceAttendees,
  seedHeldEvent,
} from './demo-history.js';
import { NameSource } from './demo-names.js';
import {
  ensureFirstAdmin,
  refuseDemoPasswords,
  unusablePasswordHash,
} from './production-accounts.js';
import {
  conferenceSessions,
  demoInstitutions,
  mogadishuTraining,
  niameyTraining,
  riyadhConference,
  SECOND_DELIVERY_START,
  SECOND_DELIVERY_TITLE,
} from './demo-events.js';

const TO_COMPLETED: EventStatus[] = [
  'registration_open',
  'registration_closed',
  'in_progress',
  'completed',
];

/** When the coordinator decided: two weeks before the event. */
const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T09:00:00Z`) - days * 86_400_000);

/** Loads the demo story into an empty database, so a newcomer sees something real at once. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly packages: TrainingPackagesService,
    private readonly institutions: InstitutionsService,
    private readonly events: EventsService,
    private readonly sessions: SessionsService,
    private readonly badges: BadgesService,
    private readonly certificateTemplates: CertificateTemplatesService,
    private readonly issuing: CertificateIssuing,
  ) {}

  /** One hook, so the order is fixed: demo story, then the production checks, then the first admin. */
  async onApplicationBootstrap(): Promise<void> {
    await withStartupLock(this.db, 'first-data', () => this.firstData());
  }

  private async firstData(): Promise<void> {
    if (this.config.SEED_DEMO) await this.seedDemo();
    if (this.config.NODE_ENV === 'production') await refuseDemoPasswords(this.db);
    const link = await ensureFirstAdmin(this.db, this.config);
    // Printed once, to the console rather than the request log, for the person who deploys.
    if (link) {
      process.stdout.write(
        `\nNo administrator yet: ${this.config.ADMIN_EMAIL} was created. Choose its password within one hour at:\n${link}\n\n`,
      );
    }
  }

  private async seedDemo(): Promise<void> {
    if ((await this.db.getRepository(UserEntity).count()) > 0) return;
    // In production the demo story may be shown, but its accounts never open with a known password.
    const passwordHash =
      this.config.NODE_ENV === 'production'
        ? await unusablePasswordHash()
        : await hashPassword(DEMO_PASSWORD);
    const users = await this.db
      .getRepository(UserEntity)
      .save(demoUsers.map((u) => ({ ...u, passwordHash })));
    const coordinator = users.find((u) => u.roles.includes('coordinator'))!;
    const actor: SessionUser = { ...coordinator, sessionId: '' };
    const published = await this.packages.create(
      createPackageSchema.parse(socialMediaPackage),
      actor,
    );
    // The bank is written while the package is a draft, as a coordinator would.
    const bank = questionBank();
    await this.db.transaction((tx) => insertQuestionBank(tx, published.id, bank));
    await this.packages.publish(published.id, actor);
    await this.packages.create(createPackageSchema.parse(recruitmentPackage), actor);
    await this.seedEvents(published.id, bank, actor, users);
    this.logger.log('Loaded the demo story into the empty database');
  }

  private async seedEvents(
    packageId: string,
    bank: BankQuestion[],
    actor: SessionUser,
    users: UserEntity[],
  ): Promise<void> {
    const userWith = (role: string) => users.find((u) => u.roles.some((r) => r === role))!;
    const institutions = {} as Record<keyof typeof demoInstitutions, string>;
    for (const [key, input] of Object.entries(demoInstitutions)) {
      const created = await this.institutions.create(createInstitutionSchema.parse(input));
      institutions[key as keyof typeof demoInstitutions] = created.id;
    }
    const dayPlan = (room: string) => generateSessionsSchema.parse({ room });

    const mogadishu = await this.events.create(
      createEventSchema.parse(mogadishuTraining(packageId)),
      actor,
    );
    const programme = await this.sessions.generate(mogadishu.id, dayPlan('Hall 1'), actor);
    // The trainer teaches the first day, so their sessions and rosters show in the app.
    for (const session of programme.slice(0, 3)) {
      await this.sessions.update(
        mogadishu.id,
        session.id,
        updateSessionSchema.parse({ speakers: [{ userId: userWith('trainer').id }] }),
        actor,
      );
    }
    const copy = await this.events.copy(mogadishu.id, SECOND_DELIVERY_START, actor);
    const second = await this.events.update(copy.id, { title: SECOND_DELIVERY_TITLE }, actor);
    const deliveries = [mogadishu, second];
    await this.advance(
      deliveries.map((d) => d.id),
      TO_COMPLETED,
      actor,
    );
    const cohorts = mogadishuCohorts([
      institutions.internalSecurity,
      institutions.defence,
      institutions.information,
      institutions.family,
    ]);
    await this.db.transaction(async (tx) => {
      for (const [n, delivery] of deliveries.entries()) {
        await seedDelivery(tx, {
          event: delivery,
          cohort: cohorts[n],
          emailPrefix: n === 0 ? 'official' : 'cohort2-official',
          participantUserId: n === 0 ? userWith('participant').id : null,
          doorStaffUserId: userWith('door_staff').id,
          trainerId: userWith('trainer').id,
          coordinatorId: actor.id,
          bank,
          variation: n,
        });
      }
    });
    for (const delivery of deliveries) await this.badges.ensureBadges(delivery.id);
    await actingAs(userWith('admin').id, () => this.seedCertificates(deliveries.map((d) => d.id)));

    const riyadh = await this.events.create(
      createEventSchema.parse(riyadhConference(institutions.university)),
      actor,
    );
    for (const session of conferenceSessions) {
      await this.sessions.create(riyadh.id, createSessionSchema.parse(session), actor);
    }
    const held: { id: string }[] = [];
    for (const event of HELD) {
      held.push(
        await this.events.create(createEventSchema.parse(heldEventInput(event, packageId)), actor),
      );
    }
    await this.advance([riyadh.id, ...held.map((e) => e.id)], TO_COMPLETED, actor);
    await this.db.transaction(async (tx) => {
      const names = new NameSource();
      const countries = await addCountryInstitutions(tx);
      const common = {
        names,
        institutions: countries,
        createdById: actor.id,
        takenById: userWith('door_staff').id,
      };
      await seedConferenceAttendees(tx, {
        ...common,
        eventId: riyadh.id,
        register: (ids) =>
          register(tx, riyadh.id, ids, 'approved', daysBefore(riyadh.startDate, 14)),
      });
      for (const [k, event] of HELD.entries()) {
        await seedHeldEvent(tx, {
          ...common,
          eventId: held[k].id,
          event,
          template: {
            eventId: mogadishu.id,
            startDate: mogadishu.startDate,
            timeZone: mogadishu.timeZone,
          },
          emailPrefix: `event${k + 1}-guest`,
          register: (ids) => register(tx, held[k].id, ids, 'approved', daysBefore(event.start, 14)),
        });
      }
    });

    const niamey = await this.events.create(
      createEventSchema.parse(niameyTraining(packageId)),
      actor,
    );
    await this.sessions.generate(niamey.id, dayPlan('Salle 1'), actor);
    await this.advance([niamey.id], ['registration_open'], actor);
  }

  /**
   * Story step 5: the admin issues certificates to everyone at 80 % or more, in Arabic and
   * English, and revokes one issued by mistake in the first cohort. Issued here at once, by the
   * job's own code.
   */
  private async seedCertificates(eventIds: string[]): Promise<void> {
    const template = await this.certificateTemplates.create(
      certificateTemplateInputSchema.parse(defaultCertificateDesign()),
    );
    const rule = { minAttendancePercent: 80, templateId: template.id, emailParticipants: true };
    const signer = await this.issuing.signer();
    const issued = await this.db.transaction(async (tx) => {
      const all = [];
      for (const eventId of eventIds) {
        await tx.query(
          `INSERT INTO event_certificate_rules (event_id, min_attendance_percent, template_id, email_participants)
           VALUES ($1, $2, $3, $4)`,
          [eventId, rule.minAttendancePercent, rule.templateId, rule.emailParticipants],
        );
        const event = await tx.getRepository(EventEntity).findOneByOrFail({ id: eventId });
        const qualifying = (await eligibilityEntries(tx, event, rule))
          .filter((e) => e.qualifies)
          .map((e) => e.registrationId);
        // Issued the morning after the last session, so serials and dates belong to that year.
        const issuedAt = toInstant(shiftDate(event.endDate, 1), '10:00', event.timeZone);
        all.push(
          await this.issuing.issueNow(tx, eventId, template.id, qualifying, signer, issuedAt),
        );
      }
      return all;
    });
    // The demo has no mail server: nobody is emailed about the seeded certificates. Only the
    // first cohort's PDFs are drawn at start (some 35 ms each on PGlite); the second cohort's are
    // drawn on first download, as for any certificate whose file is missing (CertificatesService).
    await this.issuing.renderAndStore(
      issued[0].map((c) => c.id),
      { email: false },
    );
    const mistaken = issued[0].at(-1);
    if (mistaken) {
      // In a transaction, so the audit log names the admin.
      await this.db.transaction((tx) =>
        tx.query(
          `UPDATE certificates SET status = 'revoked', revoked_at = issued_at + interval '3 days',
                                   revocation_reason = $2
            WHERE id = $1`,
          [mistaken.id, 'Issued by mistake'],
        ),
      );
    }
  }

  private async advance(
    eventIds: string[],
    steps: EventStatus[],
    actor: SessionUser,
  ): Promise<void> {
    for (const id of eventIds) {
      for (const to of steps) await this.events.transition(id, to, undefined, actor);
    }
  }
}
