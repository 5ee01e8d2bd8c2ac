import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuestionBank } from '@multaqa/contract';
import { DataSource, type EntityManager } from 'typeorm';
import { hasRole, type SessionUser } from '../common/auth/current-user.js';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import { TrainingPackageEntity } from '../training-packages/entities/training-package.entity.js';
import { TrainingPackagesService } from '../training-packages/training-packages.service.js';
import { PackageQuestionEntity } from './entities/package-question.entity.js';

export async function loadBank(
  manager: EntityManager,
  packageId: string,
): Promise<PackageQuestionEntity[]> {
  return manager
    .getRepository(PackageQuestionEntity)
    .find({ where: { packageId }, order: { position: 'ASC' } });
}

export const toBankQuestion = (q: PackageQuestionEntity): QuestionBank['questions'][number] => ({
  id: q.id,
  type: q.type,
  prompt: q.prompt,
  options: q.options,
  points: q.points,
});

/** A training package version's question bank, edited like its modules: while it is a draft. */
@Injectable()
export class QuestionBankService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly packages: TrainingPackagesService,
  ) {}

  async get(packageId: string, user: SessionUser): Promise<QuestionBank> {
    const pkg = await this.db.getRepository(TrainingPackageEntity).findOneBy({ id: packageId });
    // Same visibility as the package itself: trainers read published versions only.
    const visible = hasRole(user, 'admin', 'coordinator') || pkg?.status === 'published';
    if (!pkg || !visible) throw notFound('training_package');
    return { questions: (await loadBank(this.db.manager, packageId)).map(toBankQuestion) };
  }

  async put(packageId: string, bank: QuestionBank, user: SessionUser): Promise<QuestionBank> {
    await this.db.transaction(async (tx) => {
      await this.packages.lockDraft(tx, packageId, 'edit_questions');
      // Ids come from the client: one that names another version's question is refused by
      // name rather than left to the primary key.
      const taken: unknown[] = await tx.query(
        'SELECT 1 FROM package_questions WHERE id = ANY($1::uuid[]) AND package_id <> $2 LIMIT 1',
        [bank.questions.map((q) => q.id), packageId],
      );
      if (taken.length > 0) throw conflict('question_id_taken');
      const repo = tx.getRepository(PackageQuestionEntity);
      await repo.delete({ packageId });
      if (bank.questions.length === 0) return;
      await repo.insert(
        bank.questions.map((q, index) => ({
          id: q.id,
          packageId,
          position: index + 1,
          type: q.type,
          prompt: q.prompt,
          options: q.options,
          points: q.points,
        })),
      );
    });
    return this.get(packageId, user);
  }
}
