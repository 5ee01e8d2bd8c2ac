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
import { loadEventFor } from '../events/event-access.js';
import { isCountryCode } from '../geography/countries.js';
import { toInstitutionRef } from '../institutions/institutions.service.js';
import { InstitutionEntity } from '../institutions/institution.entity.js';
import { OutboxService } from '../notifications/outbox.service.js';
import {
  type ImportFormat,
  ParticipantsImportService,
} from '../participants/participants-import.service.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { checkAnswers } from './answers.js';
import { lockEvent } from './capacity.js';
import { InvitationCodeEntity } from './entities/invitation-code.entity.js';
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
    private readonly imports: ParticipantsImportService,
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
        `SELECT 'institution' AS scope, p.institution_id::text AS key, r.status, count(*)::int AS n
         FROM registrations r JOIN participants p ON p.id = r.participant_id
        WHERE r.event_id = $1 AND p.institution_id IS NOT NULL GROUP BY p.institution_id, r.status
       UNION ALL
       SELECT 'country', p.nationality, r.status, count(*)::int
         FROM registrations r JOIN participants p ON p.id = r.participant_id
        WHERE r.event_id = $1 GROUP BY p.nationality, r.status`,
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
    const result = await this.db
      .getRepository(InvitationCodeEntity)
      .update({ id: codeId, eventId }, { revokedAt: new Date() });
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

  /** A coordinator registers someone: an existing participant, or a new one. */
  async nominate(
    eventId: string,
    input: z.output<typeof nominateSchema>,
    user: SessionUser,
  ): Promise<Registration> {
    const { id, emails } = await this.db.transaction(async (tx) => {
      const event = await loadEventFor(tx, eventId, user, { write: true });
      await lockEvent(tx, eventId);
      const participant = input.participantId
        ? await this.participants.load(tx, input.participantId, user)
        : await this.participants.insert(tx, input.participant!, user, { allowDuplicate: false });
      const settings = await this.flow.settings(tx, eventId);
      const { registration, emails } = await this.flow.submit(tx, {
        event,
        participant,
        source: 'nomination',
        answers: checkAnswers(settings.questions, input.answers, { requireAll: false }),
      });
      return { id: registration.id, emails };
    });
    this.outbox.dispatch(emails);
    return this.one(eventId, id);
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

  /**
   * Imports a spreadsheet of people and registers them for the event (source "import"): new
   * rows become participants, rows matching an existing person by email register that person.
   * All in one transaction; people already registered are left as they are.
   */
  async importInto(
    eventId: string,
    file: Buffer,
    format: ImportFormat,
    lang: Language,
    user: SessionUser,
  ) {
    const { report, emails, registered } = await this.db.transaction(async (tx) => {
      const event = await loadEventFor(tx, eventId, user, { write: true });
      const { report, people } = await this.imports.commitIn(tx, file, format, lang, user);
      await lockEvent(tx, eventId);
      const sent: string[] = [];
      let count = 0;
      for (const participant of people) {
        const existing = await tx
          .getRepository(RegistrationEntity)
          .findOneBy({ eventId, participantId: participant.id });
        if (existing && existing.status !== 'cancelled') continue;
        const result = await this.flow.submit(tx, {
          event,
          participant,
          source: 'import',
          answers: {},
        });
        sent.push(...result.emails);
        count += 1;
      }
      return { report, emails: sent, registered: count };
    });
    this.outbox.dispatch(emails);
    return { ...report, registered };
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
