import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  createPackageSchema,
  Language,
  listPackagesQuerySchema,
  Page,
  packageModuleInputSchema,
  TrainingPackage,
  TrainingPackageSummary,
  updatePackageSchema,
} from '@multaqa/contract';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { hasRole, type SessionUser } from '../common/auth/current-user.js';
import { conflict, notFound, unprocessable } from '../common/errors/domain.exception.js';
import { escapeLike, localizedSortKey } from '../common/sql.js';
import { PackageQuestionEntity } from '../evaluations/entities/package-question.entity.js';
import { PackageModuleEntity } from './entities/package-module.entity.js';
import { TrainingPackageEntity } from './entities/training-package.entity.js';
import { toPackageDto, toPackageSummaryDto } from './training-package.mapper.js';

type ModuleInput = z.output<typeof packageModuleInputSchema>;

/** Drafts and archived versions are working material: only coordinators and admins see them. */
const canSeeAll = (user: SessionUser) => hasRole(user, 'admin', 'coordinator');

@Injectable()
export class TrainingPackagesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(
    query: z.output<typeof listPackagesQuerySchema>,
    user: SessionUser,
    lang: Language,
  ): Promise<Page<TrainingPackageSummary>> {
    const qb = this.db.getRepository(TrainingPackageEntity).createQueryBuilder('p');
    if (!canSeeAll(user)) qb.andWhere(`p.status = 'published'`);
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.q) {
      qb.andWhere(
        new Brackets((w) =>
          w.where(`concat_ws(' ', p.title->>'ar', p.title->>'en', p.title->>'fr') ILIKE :like`, {
            like: `%${escapeLike(query.q!)}%`,
          }),
        ),
      );
    }
    const total = await qb.getCount();
    const totals = `(SELECT COALESCE(SUM(m.hours), 0) FROM package_modules m WHERE m.package_id = p.id)`;
    const counts = `(SELECT COUNT(*) FROM package_modules m WHERE m.package_id = p.id)`;
    const sortExpression = {
      updatedAt: 'p.updated_at',
      createdAt: 'p.created_at',
      totalHours: 'total_hours',
      title: localizedSortKey('p.title', lang),
    }[query.sort];
    const { entities, raw } = await qb
      .addSelect(totals, 'total_hours')
      .addSelect(counts, 'module_count')
      .orderBy(sortExpression, query.order === 'asc' ? 'ASC' : 'DESC')
      .addOrderBy('p.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawAndEntities<{ p_id: string; total_hours: string; module_count: string }>();
    const extras = new Map(raw.map((r) => [r.p_id, r]));
    return {
      items: entities.map((pkg) =>
        toPackageSummaryDto({
          package: pkg,
          totalHours: Number(extras.get(pkg.id)?.total_hours ?? 0),
          moduleCount: Number(extras.get(pkg.id)?.module_count ?? 0),
        }),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(id: string, user: SessionUser): Promise<TrainingPackage> {
    const pkg = await this.db.getRepository(TrainingPackageEntity).findOneBy({ id });
    if (!pkg || (!canSeeAll(user) && pkg.status !== 'published'))
      throw notFound('training_package');
    const modules = await this.db.getRepository(PackageModuleEntity).findBy({ packageId: id });
    return toPackageDto(pkg, modules);
  }

  async create(
    input: z.output<typeof createPackageSchema>,
    user: SessionUser,
  ): Promise<TrainingPackage> {
    const id = await this.db.transaction(async (tx) => {
      const pkg = await tx.getRepository(TrainingPackageEntity).save(
        tx.getRepository(TrainingPackageEntity).create({
          lineageId: randomUUID(),
          version: 1,
          status: 'draft',
          title: input.title,
          description: input.description,
          objectives: input.objectives,
          targetAudience: input.targetAudience,
          createdById: user.id,
        }),
      );
      await this.insertModules(tx, pkg.id, input.modules);
      return pkg.id;
    });
    return this.get(id, user);
  }

  async update(
    id: string,
    input: z.output<typeof updatePackageSchema>,
    user: SessionUser,
  ): Promise<TrainingPackage> {
    await this.db.transaction(async (tx) => {
      const pkg = await this.lockDraft(tx, id);
      const { modules, ...fields } = input;
      Object.assign(pkg, fields);
      await tx.getRepository(TrainingPackageEntity).save(pkg);
      if (modules) {
        await tx.getRepository(PackageModuleEntity).delete({ packageId: id });
        await this.insertModules(tx, id, modules);
      }
    });
    return this.get(id, user);
  }

  async reorderModules(
    id: string,
    moduleIds: string[],
    user: SessionUser,
  ): Promise<TrainingPackage> {
    await this.db.transaction(async (tx) => {
      const pkg = await this.lockDraft(tx, id);
      const repo = tx.getRepository(PackageModuleEntity);
      const modules = await repo.findBy({ packageId: pkg.id });
      const known = new Set(modules.map((m) => m.id));
      if (modules.length !== moduleIds.length || !moduleIds.every((mid) => known.has(mid))) {
        throw unprocessable('package_modules_mismatch');
      }
      // The (package, position) unique constraint is deferred, so swaps may pass through duplicates.
      for (const [position, moduleId] of moduleIds.entries()) {
        await repo.update({ id: moduleId }, { position: position + 1 });
      }
      await tx.getRepository(TrainingPackageEntity).update({ id }, { updatedAt: new Date() });
    });
    return this.get(id, user);
  }

  async publish(id: string, user: SessionUser): Promise<TrainingPackage> {
    await this.db.transaction(async (tx) => {
      const pkg = await this.lockDraft(tx, id, 'publish');
      const moduleCount = await tx.getRepository(PackageModuleEntity).countBy({ packageId: id });
      if (moduleCount === 0) throw unprocessable('package_has_no_modules');
      pkg.status = 'published';
      pkg.publishedAt = new Date();
      await tx.getRepository(TrainingPackageEntity).save(pkg);
    });
    return this.get(id, user);
  }

  async archive(id: string, user: SessionUser): Promise<TrainingPackage> {
    await this.db.transaction(async (tx) => {
      const pkg = await this.lock(tx, id);
      if (pkg.status === 'archived') throw conflict('package_already_archived');
      pkg.status = 'archived';
      pkg.archivedAt = new Date();
      await tx.getRepository(TrainingPackageEntity).save(pkg);
    });
    return this.get(id, user);
  }

  /** Copies a published or archived version into the lineage's next draft version. */
  async newVersion(id: string, user: SessionUser): Promise<TrainingPackage> {
    const newId = await this.db.transaction(async (tx) => {
      const source = await this.lock(tx, id);
      const repo = tx.getRepository(TrainingPackageEntity);
      // Lock the whole lineage so two clicks cannot both compute the same next version.
      const lineage = await repo
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.lineage_id = :lineage', { lineage: source.lineageId })
        .getMany();
      const draft = lineage.find((p) => p.status === 'draft');
      if (draft) throw conflict('package_draft_exists', { version: draft.version });
      const copy = await repo.save(
        repo.create({
          lineageId: source.lineageId,
          version: Math.max(...lineage.map((p) => p.version)) + 1,
          status: 'draft',
          title: source.title,
          description: source.description,
          objectives: source.objectives,
          targetAudience: source.targetAudience,
          createdById: user.id,
        }),
      );
      const modules = await tx.getRepository(PackageModuleEntity).findBy({ packageId: source.id });
      await this.insertModules(
        tx,
        copy.id,
        modules.sort((a, b) => a.position - b.position),
      );
      await this.copyQuestions(tx, source.id, copy.id);
      return copy.id;
    });
    return this.get(newId, user);
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.lockDraft(tx, id, 'delete');
      await tx.getRepository(TrainingPackageEntity).delete({ id });
    });
  }

  private async lock(tx: EntityManager, id: string): Promise<TrainingPackageEntity> {
    const pkg = await tx
      .getRepository(TrainingPackageEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne();
    if (!pkg) throw notFound('training_package');
    return pkg;
  }

  /**
   * Locks the package and insists it is still a draft: published versions are frozen. Also
   * guards the question bank (evaluations), which belongs to the version like its modules.
   */
  async lockDraft(
    tx: EntityManager,
    id: string,
    action?: 'publish' | 'delete' | 'edit_questions',
  ): Promise<TrainingPackageEntity> {
    const pkg = await this.lock(tx, id);
    if (pkg.status !== 'draft') {
      throw action
        ? conflict('package_not_draft', {
            action: `terms.${action}`,
            status: `terms.${pkg.status}`,
          })
        : conflict('package_not_editable', { status: `terms.${pkg.status}` });
    }
    return pkg;
  }

  /** New ids: a question id names one version's question, so the two banks stay independent. */
  private async copyQuestions(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    const questions = await tx
      .getRepository(PackageQuestionEntity)
      .find({ where: { packageId: fromId }, order: { position: 'ASC' } });
    if (questions.length === 0) return;
    await tx.getRepository(PackageQuestionEntity).insert(
      questions.map((q) => ({
        id: randomUUID(),
        packageId: toId,
        position: q.position,
        type: q.type,
        prompt: q.prompt,
        options: q.options.map((o) => ({ ...o, id: randomUUID() })),
        points: q.points,
      })),
    );
  }

  private async insertModules(
    tx: EntityManager,
    packageId: string,
    modules: ModuleInput[],
  ): Promise<void> {
    if (modules.length === 0) return;
    await tx.getRepository(PackageModuleEntity).insert(
      modules.map((m, index) => ({
        packageId,
        position: index + 1,
        title: m.title,
        hours: m.hours,
        learningOutcomes: m.learningOutcomes,
      })),
    );
  }
}
