import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  bulkRegistrationActionSchema,
  Language,
  createInvitationCodeSchema,
  listRegistrationsQuerySchema,
  nominateSchema,
  Page,
  QuotasOverview,
  Registration,
  RegistrationForm,
  RegistrationStatus,
  setQuotasSchema,
} from '@multaqa/contract';
import { Brackets, DataSource, type EntityManager, In } from 'typeorm';
import type { z } from 'zod';
import type { SessionUser } from '../common/auth/current-user.js';
import { invalidField } from '../common/errors/checks.js';
import { DomainException, notFound } from '../common/errors/domain.exception.js';
import { escapeLike } from '../common/sql.js';
import { translator } from '../common/i18n/i18n.js';
import type { EventEntity } from '../events/entities/event.entity.js';
import { loadEventFor } from '../common/access/events.js';
import { isCountryCode } from '../geography/countries.js';
import { toInstitutionRef } from '../institutions/institutions.service.js';
import { InstitutionEntity } from '../institutions/institution.entity.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { checkAnswers } from './answers.js';
import { InvitationCodeEntity } from './entities/invitation-code.entity.js';
import { lockEvent, QUOTA_COUNTRY, QUOTA_INSTITUTION } from './capacity.js';
import { RegistrationQuotaEntity } from './entities/registration-quota.entity.js';
import { RegistrationSettingsEntity } from './entities/registration-settings.entity.js';
import { RegistrationEntity } from './entities/registration.entity.js';
import { RegistrationFlow } from './registration-flow.js';
import { toRegistrationDto } from './registration.mapper.js';
import { registrationsWorkbook } from './registrations-export.js';

const ACTION_STATUS: Record<
  z.output<typeof bulkRegistrationActionSchema>['action'],
  RegistrationStatus
> = {
  approve: 'approved',
  reject: 'rejected',
  waitlist: 'waitlisted',
};

/** No 0/O or 1/I/L: codes are read aloud and typed from paper. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** The coordinator's side of registration: form, quotas, codes, the list and decisions. */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly flow: RegistrationFlow,
    private readonly participants: ParticipantsService,
    private readonly outbox: OutboxService,
  ) {}

  async getForm(eventId: string, user: SessionUser): Promise<RegistrationForm> {
    await loadEventFor(this.db.manager, eventId, user);
    const s = await this.flow.settings(this.db.manager, eventId);
    return { mode: s.mode, approvalRequired: s.approvalRequired, questions: s.questions };
  }

  /** Every registration of the event as XLSX, with a column per question. */
  async exportWorkbook(eventId: string, user: SessionUser, lang: Language) {
    const event = await loadEventFor(this.db.manager, eventId, user);
    const settings = await this.flow.settings(this.db.manager, eventId);
    const rows = await this.db.getRepository(RegistrationEntity).find({
      where: { eventId },
      relations: { participant: { institution: true } },
      order: { createdAt: 'ASC' },
    });
    const workbook = await registrationsWorkbook(
      rows,
      settings.questions,
      event,
      lang,
      translator(lang),
    );
    return { startDate: event.startDate, workbook };
  }

  async setForm(
    eventId: string,
    form: RegistrationForm,
    user: SessionUser,
  ): Promise<RegistrationForm> {
    await this.db.transaction(async (tx) => {
      await loadEventFor(tx, eventId, user, { write: true });
      await tx.getRepository(RegistrationSettingsEntity).save({ eventId, ...form });
    });
    return this.getForm(eventId, user);
  }

  async quotas(eventId: string, user: SessionUser): Promise<QuotasOverview> {
    const event = await loadEventFor(this.db.manager, eventId, user);
    const counts: { status: RegistrationStatus; n: number }[] = await this.db.query(
      `SELECT status, count(*)::int AS n FROM registrations WHERE event_id = $1 GROUP BY status`,
      [eventId],
    );
    const count = (status: RegistrationStatus) => counts.find((c) => c.status === status)?.n ?? 0;
    const quotas = await this.db.getRepository(RegistrationQuotaEntity).find({
      where: { eventId },
      relations: { institution: true },
      order: { scope: 'ASC', capacity: 'DESC' },
    });
    const perQuota: { scope: string; key: string; status: RegistrationStatus; n: number }[] =
      await this.db.query(
        `SELECT scope, key, status, count(*)::int AS n FROM (
           SELECT 'institution' AS scope, (${QUOTA_INSTITUTION})::text AS key, r.status
             FROM registrations r JOIN participants p ON p.id = r.participant_id
            WHERE r.event_id = $1
           UNION ALL
           SELECT 'country', ${QUOTA_COUNTRY}, r.status
             FROM registrations r JOIN participants p ON p.id = r.participant_id
            WHERE r.event_id = $1) counted
         WHERE key IS NOT NULL GROUP BY scope, key, status`,
        [eventId],
      );
    const used = (scope: string, key: string | null, status: RegistrationStatus) =>
      perQuota.find((q) => q.scope === scope && q.key === key && q.status === status)?.n ?? 0;
    return {
      capacity: event.capacity,
      approved: count('approved'),
      remaining: Math.max(0, event.capacity - count('approved')),
      submitted: count('submitted'),
      waitlisted: count('waitlisted'),
      quotas: quotas.map((q) => {
        const key = q.scope === 'institution' ? q.institutionId : q.countryCode;
        const approved = used(q.scope, key, 'approved');
        return {
          scope: q.scope,
          institution: q.institution ? toInstitutionRef(q.institution) : null,
          countryCode: q.countryCode,
          capacity: q.capacity,
          approved,
          remaining: Math.max(0, q.capacity - approved),
          waitlisted: used(q.scope, key, 'waitlisted'),
        };
      }),
    };
  }

  async setQuotas(
    eventId: string,
    input: z.output<typeof setQuotasSchema>,
    user: SessionUser,
  ): Promise<QuotasOverview> {
    await this.db.transaction(async (tx) => {
      await loadEventFor(tx, eventId, user, { write: true });
      await lockEvent(tx, eventId);
      const institutionIds = input.quotas.flatMap((q) =>
        q.scope === 'institution' ? [q.institutionId!] : [],
      );
      if (new Set(institutionIds).size !== institutionIds.length)
        throw invalidField('quotas', 'invalid');
      if (
        institutionIds.length &&
        (await tx.getRepository(InstitutionEntity).countBy({ id: In(institutionIds) })) !==
          institutionIds.length
      ) {
        throw invalidField('quotas', 'unknown_institution');
      }
      const countries = input.quotas.flatMap((q) =>
        q.scope === 'country' ? [q.countryCode!] : [],
      );
      if (new Set(countries).size !== countries.length) throw invalidField('quotas', 'invalid');
      if (countries.some((c) => !isCountryCode(c))) throw invalidField('quotas', 'unknown_country');
      await tx.getRepository(RegistrationQuotaEntity).delete({ eventId });
      await tx.getRepository(RegistrationQuotaEntity).insert(
        input.quotas.map((q) => ({
          eventId,
          scope: q.scope,
          institutionId: q.scope === 'institution' ? q.institutionId! : null,
          countryCode: q.scope === 'country' ? q.countryCode! : null,
          capacity: q.capacity,
        })),
      );
    });
    return this.quotas(eventId, user);
  }

  async codes(eventId: string, user: SessionUser) {
    await loadEventFor(this.db.manager, eventId, user);
    const codes = await this.db
      .getRepository(InvitationCodeEntity)
      .find({ where: { eventId }, relations: { institution: true }, order: { createdAt: 'ASC' } });
    return codes.map(toCodeDto);
  }

  async createCode(
    eventId: string,
    input: z.output<typeof createInvitationCodeSchema>,
    user: SessionUser,
  ) {
    const id = await this.db.transaction(async (tx) => {
      await loadEventFor(tx, eventId, user, { write: true });
      if (
        input.institutionId &&
        !(await tx.getRepository(InstitutionEntity).existsBy({ id: input.institutionId }))
      ) {
        throw invalidField('institutionId', 'unknown_institution');
      }
      const code = Array.from(
        { length: 8 },
        () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
      ).join('');
      const saved = await tx.getRepository(InvitationCodeEntity).save({
        eventId,
        code,
        institutionId: input.institutionId,
        maxUses: input.maxUses,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
        note: input.note,
      });
      return saved.id;
    });
    return (await this.codes(eventId, user)).find((c) => c.id === id)!;
  }

  async revokeCode(eventId: string, codeId: string, user: SessionUser) {
    await loadEventFor(this.db.manager, eventId, user);
    // In a transaction, so the audit knows who revoked it.
    const result = await this.db.transaction((tx) =>
      tx
        .getRepository(InvitationCodeEntity)
        .update({ id: codeId, eventId }, { revokedAt: new Date() }),
    );
    if (!result.affected) throw notFound('invitation_code');
    return (await this.codes(eventId, user)).find((c) => c.id === codeId)!;
  }

  async list(
    eventId: string,
    query: z.output<typeof listRegistrationsQuerySchema>,
    user: SessionUser,
  ): Promise<Page<Registration>> {
    await loadEventFor(this.db.manager, eventId, user);
    const qb = this.db
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.participant', 'p')
      .leftJoinAndSelect('p.institution', 'institution')
      .where('r.event_id = :eventId', { eventId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.institutionId) qb.andWhere('p.institution_id = :inst', { inst: query.institutionId });
    if (query.nationality) qb.andWhere('p.nationality = :nat', { nat: query.nationality });
    if (query.q) {
      const like = `%${escapeLike(query.q)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('p.full_name_ar ILIKE :like', { like })
            .orWhere('p.full_name_latin ILIKE :like', { like })
            .orWhere('p.email ILIKE :like', { like }),
        ),
      );
    }
    const [rows, total] = await qb
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    const items: Registration[] = [];
    for (const r of rows)
      items.push(toRegistrationDto(r, await this.flow.waitlistPosition(this.db.manager, r)));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * A coordinator registers someone: an existing participant, or a new one. Typed details whose
   * email belongs to someone outside the coordinator's events register that person (who is
   * told by email), and the answer shows only what was typed.
   */
  async nominate(
    eventId: string,
    input: z.output<typeof nominateSchema>,
    user: SessionUser,
  ): Promise<Registration> {
    const { id, emails, linked } = await this.db.transaction(async (tx) => {
      const event = await loadEventFor(tx, eventId, user, { write: true });
      await lockEvent(tx, eventId);
      const { participant, linked } = input.participantId
        ? {
            participant: await this.participants.load(tx, input.participantId, user),
            linked: false,
          }
        : await this.participants.insertOrLink(tx, input.participant!, user);
      const settings = await this.flow.settings(tx, eventId);
      const { registration, emails } = await this.flow.submit(tx, {
        event,
        participant,
        source: 'nomination',
        answers: checkAnswers(settings.questions, input.answers, { requireAll: false }),
      });
      if (linked)
        emails.push(
          ...(await this.flow.notify(tx, event, participant, registration, 'registration_linked')),
        );
      return { id: registration.id, emails, linked };
    });
    this.outbox.dispatch(emails);
    const registration = await this.one(eventId, id);
    return linked ? await this.asTyped(registration, input.participant!) : registration;
  }

  /** The registration of a linked person, with the person as the coordinator typed them. */
  private async asTyped(
    registration: Registration,
    typed: NonNullable<z.output<typeof nominateSchema>['participant']>,
  ): Promise<Registration> {
    const institution = typed.institutionId
      ? await this.db.getRepository(InstitutionEntity).findOneBy({ id: typed.institutionId })
      : null;
    // Even the record's dates are not what was typed: the registration's own stand in.
    const { createdAt, updatedAt } = registration;
    return {
      ...registration,
      participant: {
        id: registration.participant.id,
        fullNameAr: typed.fullNameAr,
        fullNameLatin: typed.fullNameLatin,
        gender: typed.gender,
        nationality: typed.nationality,
        institution: institution ? toInstitutionRef(institution) : null,
        position: typed.position,
        email: typed.email,
        phone: typed.phone,
        preferredLanguage: typed.preferredLanguage,
        hasAccount: false,
        registrationCount: 1,
        createdAt,
        updatedAt,
      },
    };
  }

  /** Approve, reject or waitlist many at once; each that cannot move says why. */
  async bulk(
    eventId: string,
    input: z.output<typeof bulkRegistrationActionSchema>,
    user: SessionUser,
    lang: 'ar' | 'en' | 'fr',
  ) {
    const t = translator(lang);
    const target = ACTION_STATUS[input.action];
    const result = {
      updated: [] as string[],
      skipped: [] as { id: string; code: string; message: string }[],
    };
    const emails = await this.db.transaction(async (tx) => {
      const event = await loadEventFor(tx, eventId, user, { write: true });
      await lockEvent(tx, eventId);
      const registrations = await tx
        .getRepository(RegistrationEntity)
        .find({ where: { eventId, id: In(input.registrationIds) }, order: { createdAt: 'ASC' } });
      const found = new Set(registrations.map((r) => r.id));
      for (const id of input.registrationIds.filter((i) => !found.has(i))) {
        result.skipped.push({
          id,
          code: 'not_found',
          message: t('errors.not_found', { resource: t('terms.registration') }),
        });
      }
      const sent: string[] = [];
      for (const registration of registrations) {
        if (registration.status === target || registration.status === 'cancelled') {
          const code =
            registration.status === target ? 'already_in_status' : 'registration_cancelled';
          result.skipped.push({ id: registration.id, code, message: t(`errors.${code}`) });
          continue;
        }
        try {
          sent.push(
            ...(await this.flow.setStatus(tx, event, registration, target, input.reason ?? null)),
          );
          result.updated.push(registration.id);
        } catch (error) {
          if (!(error instanceof DomainException)) throw error;
          result.skipped.push({
            id: registration.id,
            code: error.code,
            message: t(`errors.${error.code}`),
          });
        }
      }
      return sent;
    });
    this.outbox.dispatch(emails);
    return result;
  }

  async cancel(
    eventId: string,
    registrationId: string,
    reason: string | null,
    user: SessionUser,
  ): Promise<Registration> {
    const emails = await this.db.transaction(async (tx) => {
      const event = await loadEventFor(tx, eventId, user, { write: true });
      await lockEvent(tx, eventId);
      const registration = await tx
        .getRepository(RegistrationEntity)
        .findOneBy({ id: registrationId, eventId });
      if (!registration) throw notFound('registration');
      return cancelRegistration(tx, this.flow, event, registration, reason);
    });
    this.outbox.dispatch(emails);
    return this.one(eventId, registrationId);
  }

  async one(eventId: string, id: string): Promise<Registration> {
    const r = await this.db
      .getRepository(RegistrationEntity)
      .findOneOrFail({ where: { id, eventId }, relations: { participant: { institution: true } } });
    return toRegistrationDto(r, await this.flow.waitlistPosition(this.db.manager, r));
  }
}

export async function cancelRegistration(
  tx: EntityManager,
  flow: RegistrationFlow,
  event: EventEntity,
  registration: RegistrationEntity,
  reason: string | null,
): Promise<string[]> {
  if (registration.status === 'cancelled') return [];
  return flow.setStatus(tx, event, registration, 'cancelled', reason);
}

function toCodeDto(c: InvitationCodeEntity) {
  return {
    id: c.id,
    code: c.code,
    institution: c.institution ? toInstitutionRef(c.institution) : null,
    maxUses: c.maxUses,
    uses: c.uses,
    expiresAt: c.expiresAt?.toISOString() ?? null,
    revokedAt: c.revokedAt?.toISOString() ?? null,
    note: c.note,
    createdAt: c.createdAt.toISOString(),
  };
}
