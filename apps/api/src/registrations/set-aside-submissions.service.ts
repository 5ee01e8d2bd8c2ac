import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language, SetAsideSubmission } from '@multaqa/contract';
import { DataSource } from 'typeorm';
import { loadEventFor } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';
import type { ErrorParams, FieldProblem } from '../common/errors/domain.exception.js';
import { notFound } from '../common/errors/domain.exception.js';
import { problemDetail } from '../common/errors/problem.filter.js';
import { translator } from '../common/i18n/i18n.js';
import { RegistrationSubmissionEntity } from './entities/registration-submission.entity.js';
import { RegistrationDecisions } from './registration-decisions.service.js';

/**
 * The public forms the worker could not decide: staff see why, and either send one back to
 * the worker once the cause is fixed, or dismiss it after registering the person another way.
 */
@Injectable()
export class SetAsideSubmissionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly decisions: RegistrationDecisions,
  ) {}

  async list(eventId: string, user: SessionUser, lang: Language): Promise<SetAsideSubmission[]> {
    await loadEventFor(this.db.manager, eventId, user);
    const rows = await this.db
      .getRepository(RegistrationSubmissionEntity)
      .createQueryBuilder('s')
      .where('s.eventId = :eventId', { eventId })
      .andWhere('s.failedAt IS NOT NULL AND s.dismissedAt IS NULL')
      .orderBy('s.id')
      .getMany();
    return rows.map((row) => ({
      submissionId: row.submissionId,
      fullNameAr: row.form.fullNameAr,
      fullNameLatin: row.form.fullNameLatin,
      email: row.form.email,
      submittedAt: row.createdAt.toISOString(),
      setAsideAt: (row.failedAt as Date).toISOString(),
      reason: reasonOf(row.failure, lang),
    }));
  }

  /** Back in the queue, decided like any other form (in arrival order: it keeps its place). */
  async retry(eventId: string, submissionId: string, user: SessionUser): Promise<void> {
    await this.settle(eventId, submissionId, user, { failedAt: null, failure: null });
    this.decisions.wake(eventId);
  }

  async dismiss(eventId: string, submissionId: string, user: SessionUser): Promise<void> {
    await this.settle(eventId, submissionId, user, {
      dismissedAt: new Date(),
      dismissedById: user.id,
    });
  }

  private async settle(
    eventId: string,
    submissionId: string,
    user: SessionUser,
    change: Partial<RegistrationSubmissionEntity>,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      await loadEventFor(tx, eventId, user, { write: true });
      const result = await tx
        .createQueryBuilder()
        .update(RegistrationSubmissionEntity)
        .set(change)
        .where('event_id = :eventId AND submission_id = :submissionId', { eventId, submissionId })
        .andWhere('failed_at IS NOT NULL AND dismissed_at IS NULL')
        .execute();
      if (!result.affected) throw notFound('set_aside_submission');
    });
  }
}

function reasonOf(failure: string | null, lang: Language): string {
  try {
    const { code, params, fields } = JSON.parse(failure ?? '') as {
      code: string;
      params?: ErrorParams;
      fields?: FieldProblem[];
    };
    const t = translator(lang);
    return [
      problemDetail(code, params, lang),
      ...(fields ?? []).map((field) => t(`validation.${field.code}`)),
    ].join(' ');
  } catch {
    // Set aside before reasons were stored as codes: the text as it was.
    return problemDetail('decision_failed', { detail: failure ?? '' }, lang);
  }
}
