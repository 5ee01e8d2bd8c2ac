import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type createInstitutionSchema,
  type Institution,
  type InstitutionRef,
  LANGUAGES,
  type Language,
  type listInstitutionsQuerySchema,
  type Page,
  type PublicInstitution,
  type updateInstitutionSchema,
} from '@multaqa/contract';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { invalidField } from '../common/errors/checks.js';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import { escapeLike, localizedSortKey } from '../common/sql.js';
import { normalizeName } from '../common/text.js';
import { countryParam, isCountryCode } from '../geography/countries.js';
import { InstitutionEntity } from './institution.entity.js';

export const toInstitutionRef = (i: InstitutionEntity): InstitutionRef => ({
  id: i.id,
  name: i.name,
  countryCode: i.countryCode,
});

function toInstitutionDto(i: InstitutionEntity): Institution {
  return {
    id: i.id,
    name: i.name,
    acronym: i.acronym,
    kind: i.kind,
    countryCode: i.countryCode,
    parent: i.parent ? toInstitutionRef(i.parent) : null,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

/** Enough for a country's ministries and their departments; the form can search for more. */
const PUBLIC_INSTITUTIONS_MAX = 500;

type CreateInput = z.output<typeof createInstitutionSchema>;

@Injectable()
export class InstitutionsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(
    query: z.output<typeof listInstitutionsQuerySchema>,
    lang: Language,
  ): Promise<Page<Institution>> {
    const qb = this.db
      .getRepository(InstitutionEntity)
      .createQueryBuilder('i')
      .leftJoinAndSelect('i.parent', 'parent');
    if (query.q) {
      const like = `%${escapeLike(query.q)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`concat_ws(' ', i.name->>'ar', i.name->>'en', i.name->>'fr') ILIKE :like`, {
              like,
            })
            .orWhere('i.acronym ILIKE :like', { like }),
        ),
      );
    }
    if (query.countryCode) qb.andWhere('i.country_code = :country', { country: query.countryCode });
    if (query.kind) qb.andWhere('i.kind = :kind', { kind: query.kind });
    const sort = {
      name: localizedSortKey('i.name', lang),
      countryCode: 'i.country_code',
      createdAt: 'i.created_at',
    }[query.sort];
    const [rows, total] = await qb
      .orderBy(sort, query.order === 'asc' ? 'ASC' : 'DESC')
      .addOrderBy('i.id')
      // offset/limit, not skip/take: the join is to one parent, and skip/take's distinct
      // subquery cannot order by an expression.
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toInstitutionDto), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * A country's institutions by name, at most PUBLIC_INSTITUTIONS_MAX: id, name, parent and
   * country only, since anyone may ask.
   */
  async publicList(
    countryCode: string,
    q: string | undefined,
    lang: Language,
  ): Promise<PublicInstitution[]> {
    const qb = this.db
      .getRepository(InstitutionEntity)
      .createQueryBuilder('i')
      .select(['i.id', 'i.name', 'i.parentId', 'i.countryCode'])
      .where('i.country_code = :countryCode', { countryCode });
    if (q) {
      const like = `%${escapeLike(q)}%`;
      qb.andWhere(
        `(concat_ws(' ', i.name->>'ar', i.name->>'en', i.name->>'fr') ILIKE :like OR i.acronym ILIKE :like)`,
        { like },
      );
    }
    const rows = await qb
      .orderBy(localizedSortKey('i.name', lang))
      .addOrderBy('i.id')
      .limit(PUBLIC_INSTITUTIONS_MAX)
      .getMany();
    return rows.map((i) => ({
      id: i.id,
      name: i.name,
      parentId: i.parentId,
      countryCode: i.countryCode,
    }));
  }

  async get(id: string): Promise<Institution> {
    const institution = await this.db
      .getRepository(InstitutionEntity)
      .findOne({ where: { id }, relations: { parent: true } });
    if (!institution) throw notFound('institution');
    return toInstitutionDto(institution);
  }

  async create(input: CreateInput): Promise<Institution> {
    const id = await this.db.transaction(async (tx) => {
      await this.check(tx, input, null);
      const saved = await tx.getRepository(InstitutionEntity).save({
        name: input.name,
        acronym: input.acronym || null,
        kind: input.kind,
        countryCode: input.countryCode,
        parentId: input.parentId ?? null,
      });
      return saved.id;
    });
    return this.get(id);
  }

  async update(id: string, input: z.output<typeof updateInstitutionSchema>): Promise<Institution> {
    await this.db.transaction(async (tx) => {
      const current = await tx.getRepository(InstitutionEntity).findOneBy({ id });
      if (!current) throw notFound('institution');
      const next = {
        name: input.name ?? current.name,
        acronym: input.acronym !== undefined ? input.acronym || null : current.acronym,
        kind: input.kind ?? current.kind,
        countryCode: input.countryCode ?? current.countryCode,
        parentId: input.parentId !== undefined ? input.parentId : current.parentId,
      };
      await this.check(tx, { ...next, acronym: next.acronym ?? undefined }, id);
      await tx.getRepository(InstitutionEntity).update({ id }, next);
    });
    return this.get(id);
  }

  /**
   * A known country, an existing parent that is not the institution itself or below it, and no
   * other institution of the same name in the country (in any language). Creation is
   * serialized per country, so two people entering the same ministry at once get one.
   */
  private async check(tx: EntityManager, input: CreateInput, selfId: string | null): Promise<void> {
    if (!isCountryCode(input.countryCode)) throw invalidField('countryCode', 'unknown_country');
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `institutions:${input.countryCode}`,
    ]);
    const repo = tx.getRepository(InstitutionEntity);
    if (input.parentId) {
      let cursor: string | null = input.parentId;
      for (let depth = 0; cursor; depth += 1) {
        if (cursor === selfId || depth > 50) throw invalidField('parentId', 'parent_cycle');
        const parent: InstitutionEntity | null = await repo.findOneBy({ id: cursor });
        if (!parent) throw invalidField('parentId', 'unknown_institution');
        cursor = parent.parentId;
      }
    }
    const wanted = new Set(
      LANGUAGES.map((l) => input.name[l])
        .filter((n): n is string => !!n)
        .map(normalizeName),
    );
    const sameCountry = await repo.findBy({ countryCode: input.countryCode });
    const clash = sameCountry.find(
      (other) =>
        other.id !== selfId &&
        LANGUAGES.some((l) => other.name[l] && wanted.has(normalizeName(other.name[l]!))),
    );
    if (clash) {
      const name = LANGUAGES.map((l) => clash.name[l]).find(Boolean) ?? '';
      throw conflict('institution_name_taken', { name, country: countryParam(input.countryCode) });
    }
  }
}
