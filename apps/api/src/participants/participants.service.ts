import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  createParticipantSchema,
  DuplicateCandidate,
  Language,
  listParticipantsQuerySchema,
  Page,
  Participant,
  participantFieldsSchema,
  updateParticipantSchema,
} from '@multaqa/contract';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { Brackets, DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { z } from 'zod';
import { loadEventFor, visibleEventsWhere } from '../common/access/events.js';
import {
  assertMayEditPerson,
  visiblePeopleIds,
  visiblePeopleWhere,
} from '../common/access/people.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { invalidField } from '../common/errors/checks.js';
import { DomainException, notFound } from '../common/errors/domain.exception.js';
import { escapeLike } from '../common/sql.js';
import { isCountryCode } from '../geography/countries.js';
import { InstitutionEntity } from '../institutions/institution.entity.js';
import { RegistrationEntity } from '../registrations/entities/registration.entity.js';
import { DuplicateIndex, nameKeys } from './duplicates.js';
import { moveAttendance } from '../attendance/merge-attendance.js';
import { keepCertificates, moveCertificates } from '../certificates/merge-certificates.js';
import { type DroppedResponse, keepResponses } from '../evaluations/merge-responses.js';
import { revokeBadgesOfRegistrations } from '../badges/badges.service.js';
import { ParticipantMergeEntity } from './participant-merge.entity.js';
import { ParticipantEntity } from './participant.entity.js';
import { toParticipantDto } from './participant.mapper.js';

export type ParticipantFields = z.output<typeof participantFieldsSchema>;

/** Which registration to keep when two merged records are in the same event. */
const STATUS_RANK = {
  approved: 5,
  submitted: 4,
  waitlisted: 3,
  rejected: 2,
  cancelled: 1,
} as const;

@Injectable()
export class ParticipantsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private scope(qb: ReturnType<DataSource['createQueryBuilder']>, user: SessionUser) {
    const visible = visiblePeopleWhere('p', user);
    return visible ? qb.andWhere(visible.sql, visible.params) : qb;
  }

  async list(
    query: z.output<typeof listParticipantsQuerySchema>,
    user: SessionUser,
    lang: Language,
  ): Promise<Page<Participant>> {
    const qb = this.db
      .createQueryBuilder(ParticipantEntity, 'p')
      .leftJoinAndSelect('p.institution', 'institution')
      .where('p.merged_into_id IS NULL');
    this.scope(qb, user);
    if (query.q) {
      const like = `%${escapeLike(query.q)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('p.full_name_ar ILIKE :like', { like })
            .orWhere('p.full_name_latin ILIKE :like', { like })
            .orWhere('p.email ILIKE :like', { like })
            .orWhere('p.phone ILIKE :like', { like }),
        ),
      );
    }
    if (query.institutionId) qb.andWhere('p.institution_id = :inst', { inst: query.institutionId });
    if (query.nationality) qb.andWhere('p.nationality = :nat', { nat: query.nationality });
    if (query.eventId) {
      // Filtering by an event the caller does not see would tell who else is in it.
      await loadEventFor(this.db.manager, query.eventId, user);
      qb.andWhere(
        'EXISTS (SELECT 1 FROM registrations r WHERE r.participant_id = p.id AND r.event_id = :event)',
        {
          event: query.eventId,
        },
      );
    }
    const nameColumn =
      lang === 'ar'
        ? `COALESCE(NULLIF(p.full_name_ar, ''), p.full_name_latin)`
        : `COALESCE(NULLIF(p.full_name_latin, ''), p.full_name_ar)`;
    const [rows, total] = await qb
      .orderBy(
        query.sort === 'name' ? `lower(${nameColumn})` : 'p.created_at',
        query.order === 'asc' ? 'ASC' : 'DESC',
      )
      .addOrderBy('p.id')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    const counts = await this.registrationCounts(
      rows.map((r) => r.id),
      user,
    );
    return {
      items: rows.map((p) => toParticipantDto(p, counts.get(p.id))),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(id: string, user: SessionUser): Promise<Participant> {
    const participant = await this.load(this.db.manager, id, user);
    const counts = await this.registrationCounts([id], user);
    return toParticipantDto(participant, counts.get(id));
  }

  async create(
    input: z.output<typeof createParticipantSchema>,
    user: SessionUser,
  ): Promise<Participant> {
    const { allowDuplicate, ...fields } = input;
    const id = await this.db.transaction(async (tx) => {
      const participant = await this.insert(tx, fields, user, { allowDuplicate });
      return participant.id;
    });
    return this.get(id, user);
  }

  /**
   * Checks and inserts one person. Likely duplicates stop it with 409 participant_duplicates
   * (listing them) unless allowed; the same email never passes, since one email is one person.
   */
  async insert(
    tx: EntityManager,
    fields: ParticipantFields,
    user: SessionUser | null,
    options: { allowDuplicate: boolean },
  ): Promise<ParticipantEntity> {
    await this.checkFields(tx, fields);
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `participants:${fields.email ?? fields.phone ?? ''}`,
    ]);
    if (options.allowDuplicate) {
      // Likely duplicates are accepted (and merged later by a person); one email is one person.
      const sameEmail = fields.email
        ? await tx
            .getRepository(ParticipantEntity)
            .existsBy({ email: fields.email, mergedIntoId: IsNull() })
        : false;
      if (sameEmail)
        throw new DomainException('participant_email_taken', HttpStatus.CONFLICT, {}, [], {
          duplicates: [],
        });
    } else {
      const duplicates = await this.findDuplicates(tx, fields, null, user);
      if (duplicates.length > 0) {
        const sameEmail = duplicates.some((d) => d.reasons.includes('email'));
        throw new DomainException(
          sameEmail ? 'participant_email_taken' : 'participant_duplicates',
          HttpStatus.CONFLICT,
          { count: duplicates.length },
          [],
          { duplicates },
        );
      }
    }
    return tx.getRepository(ParticipantEntity).save({
      ...fields,
      ...nameKeys(fields.fullNameAr, fields.fullNameLatin),
      createdById: user?.id ?? null,
    });
  }

  /**
   * For putting someone into an event: a typed email that belongs to a person outside the
   * caller's scope links that record (`linked`) instead of refusing it, so a coordinator can
   * register a known official without ever being shown the record; anything else goes through
   * insert's duplicate checks.
   */
  async insertOrLink(
    tx: EntityManager,
    fields: ParticipantFields,
    user: SessionUser,
  ): Promise<{ participant: ParticipantEntity; linked: boolean }> {
    if (fields.email) {
      const existing = await tx.getRepository(ParticipantEntity).findOne({
        where: { email: fields.email, mergedIntoId: IsNull() },
        relations: { institution: true },
      });
      if (existing && !(await visiblePeopleIds(tx, [existing.id], user)).has(existing.id))
        return { participant: existing, linked: true };
    }
    const participant = await this.insert(tx, fields, user, { allowDuplicate: false });
    return { participant, linked: false };
  }

  async update(
    id: string,
    input: z.output<typeof updateParticipantSchema>,
    user: SessionUser,
  ): Promise<Participant> {
    await this.db.transaction(async (tx) => {
      const current = await this.load(tx, id, user);
      await assertMayEditPerson(tx, id, user);
      const next: ParticipantFields = {
        fullNameAr: input.fullNameAr ?? current.fullNameAr,
        fullNameLatin: input.fullNameLatin ?? current.fullNameLatin,
        gender: input.gender ?? current.gender,
        nationality: input.nationality ?? current.nationality,
        institutionId:
          input.institutionId !== undefined ? input.institutionId : current.institutionId,
        position: input.position ?? current.position,
        email: input.email !== undefined ? input.email : current.email,
        phone: input.phone !== undefined ? input.phone : current.phone,
        preferredLanguage: input.preferredLanguage ?? current.preferredLanguage,
      };
      if (!next.fullNameAr && !next.fullNameLatin)
        throw invalidField('fullNameLatin', 'name_required');
      await this.checkFields(tx, next);
      if (next.email && next.email !== current.email) {
        const taken = await tx
          .getRepository(ParticipantEntity)
          .findOneBy({ email: next.email, mergedIntoId: IsNull() });
        if (taken)
          throw new DomainException('participant_email_taken', HttpStatus.CONFLICT, {}, [], {
            duplicates: [],
          });
      }
      await tx
        .getRepository(ParticipantEntity)
        .update({ id }, { ...next, ...nameKeys(next.fullNameAr, next.fullNameLatin) });
    });
    return this.get(id, user);
  }

  async duplicatesOf(id: string, user: SessionUser): Promise<DuplicateCandidate[]> {
    const participant = await this.load(this.db.manager, id, user);
    return this.findDuplicates(this.db.manager, participant, id, user);
  }

  /**
   * Folds duplicates into one record: their registrations move over (where both are in the
   * same event, the stronger status stays and the other is kept in the merge history, its
   * attendance, certificates and answers moving to the one kept), empty fields are filled from
   * them, and each merged record stays, marked, with a snapshot.
   */
  async merge(keptId: string, duplicateIds: string[], user: SessionUser): Promise<Participant> {
    await this.db.transaction(async (tx) => {
      const kept = await this.load(tx, keptId, user);
      await assertMayEditPerson(tx, keptId, user);
      for (const duplicateId of duplicateIds.filter((d) => d !== keptId)) {
        const duplicate = await this.load(tx, duplicateId, user);
        await assertMayEditPerson(tx, duplicateId, user);
        const registrations = await tx
          .getRepository(RegistrationEntity)
          .findBy({ participantId: duplicateId });
        const dropped: RegistrationEntity[] = [];
        const droppedResponses: DroppedResponse[] = [];
        for (const registration of registrations) {
          const existing = await tx
            .getRepository(RegistrationEntity)
            .findOneBy({ participantId: keptId, eventId: registration.eventId });
          if (!existing) {
            await tx
              .getRepository(RegistrationEntity)
              .update({ id: registration.id }, { participantId: keptId });
          } else {
            const keepIncoming = STATUS_RANK[registration.status] > STATUS_RANK[existing.status];
            const [winner, loser] = keepIncoming
              ? [registration, existing]
              : [existing, registration];
            dropped.push(loser);
            await keepCertificates(tx, loser.id, winner.id);
            droppedResponses.push(...(await keepResponses(tx, loser.id, winner.id)));
            await revokeBadgesOfRegistrations(tx, [loser.id], 'registration_merged');
            await tx.getRepository(RegistrationEntity).delete({ id: loser.id });
            if (keepIncoming)
              await tx
                .getRepository(RegistrationEntity)
                .update({ id: registration.id }, { participantId: keptId });
          }
        }
        await moveAttendance(tx, keptId, duplicateId);
        await moveCertificates(tx, keptId, duplicateId);
        const snapshot = { ...duplicate, droppedRegistrations: dropped, droppedResponses };
        await tx
          .getRepository(ParticipantEntity)
          .update({ id: duplicateId }, { mergedIntoId: keptId, email: null, userId: null });
        kept.fullNameAr ||= duplicate.fullNameAr;
        kept.fullNameLatin ||= duplicate.fullNameLatin;
        kept.position ||= duplicate.position;
        kept.email ||= duplicate.email;
        kept.phone ||= duplicate.phone;
        kept.institutionId ??= duplicate.institutionId;
        kept.userId ??= duplicate.userId;
        await tx.getRepository(ParticipantEntity).update(
          { id: keptId },
          {
            fullNameAr: kept.fullNameAr,
            fullNameLatin: kept.fullNameLatin,
            position: kept.position,
            email: kept.email,
            phone: kept.phone,
            institutionId: kept.institutionId,
            userId: kept.userId,
            ...nameKeys(kept.fullNameAr, kept.fullNameLatin),
          },
        );
        await tx.getRepository(ParticipantMergeEntity).save({
          keptId,
          mergedId: duplicateId,
          snapshot: JSON.parse(JSON.stringify(snapshot)) as ParticipantMergeEntity['snapshot'],
          mergedById: user.id,
        });
      }
    });
    return this.get(keptId, user);
  }

  async load(manager: EntityManager, id: string, user: SessionUser): Promise<ParticipantEntity> {
    const qb = manager
      .createQueryBuilder(ParticipantEntity, 'p')
      .leftJoinAndSelect('p.institution', 'institution')
      .where('p.id = :id', { id })
      .andWhere('p.merged_into_id IS NULL');
    this.scope(qb, user);
    const participant = await qb.getOne();
    if (!participant) throw notFound('participant');
    return participant;
  }

  async checkFields(manager: EntityManager, fields: ParticipantFields): Promise<void> {
    checkFieldValues(fields);
    if (
      fields.institutionId &&
      !(await manager.getRepository(InstitutionEntity).existsBy({ id: fields.institutionId }))
    ) {
      throw invalidField('institutionId', 'unknown_institution');
    }
  }

  /**
   * People of the registry who are likely this person. Those outside the caller's scope are
   * told without a record (only which typed value matched); a match on the phone alone is not
   * told at all, or typing numbers would reveal who holds them.
   */
  private async findDuplicates(
    manager: EntityManager,
    person: Pick<
      ParticipantFields,
      'email' | 'phone' | 'institutionId' | 'fullNameAr' | 'fullNameLatin'
    >,
    excludeId: string | null,
    user: SessionUser | null,
  ): Promise<DuplicateCandidate[]> {
    const candidates = await manager
      .createQueryBuilder(ParticipantEntity, 'p')
      .leftJoinAndSelect('p.institution', 'institution')
      .where('p.merged_into_id IS NULL')
      .andWhere(
        new Brackets((w) => {
          w.where('p.institution_id = :inst', {
            inst: person.institutionId ?? '00000000-0000-0000-0000-000000000000',
          });
          if (person.email) w.orWhere('p.email = :email', { email: person.email });
          if (person.phone) w.orWhere('p.phone = :phone', { phone: person.phone });
        }),
      )
      .getMany();
    const index = new DuplicateIndex(candidates);
    const found = index.find({
      id: excludeId ?? undefined,
      email: person.email,
      phone: person.phone,
      institutionId: person.institutionId,
      ...nameKeys(person.fullNameAr, person.fullNameLatin),
    });
    const visible = user
      ? await visiblePeopleIds(
          manager,
          found.map((f) => f.match.id),
          user,
        )
      : new Set<string>();
    const counts = user
      ? await this.registrationCounts([...visible], user, manager)
      : new Map<string, number>();
    return found.flatMap(({ match, reasons }): DuplicateCandidate[] => {
      if (visible.has(match.id))
        return [{ participant: toParticipantDto(match, counts.get(match.id)), reasons }];
      const told = reasons.filter((r) => r !== 'phone');
      return told.length > 0 ? [{ participant: null, reasons: told }] : [];
    });
  }

  /**
   * Registrations per person, counting only events the user sees (how many events a person
   * attends elsewhere is not the coordinator's to know). Takes the caller's manager: inside a
   * transaction, a second connection could deadlock the pool.
   */
  async registrationCounts(
    ids: string[],
    user: SessionUser,
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const qb = manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .innerJoin('r.event', 'e')
      .select('r.participant_id', 'participant_id')
      .addSelect('COUNT(*)::int', 'n')
      .where({ participantId: In(ids) });
    const visible = visibleEventsWhere('e', user);
    if (visible) qb.andWhere(visible.sql, visible.params);
    const rows: { participant_id: string; n: number }[] = await qb
      .groupBy('r.participant_id')
      .getRawMany();
    return new Map(rows.map((r) => [r.participant_id, r.n]));
  }
}

/** The checks of a person's fields that need no database: country and phone number plan. */
export function checkFieldValues(fields: Pick<ParticipantFields, 'nationality' | 'phone'>): void {
  if (!isCountryCode(fields.nationality)) throw invalidField('nationality', 'unknown_country');
  if (fields.phone && !isValidPhoneNumber(fields.phone))
    throw invalidField('phone', 'phone_invalid');
}
