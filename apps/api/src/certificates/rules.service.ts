import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateRule, Eligibility, Language } from '@multaqa/contract';
import { DataSource, type EntityManager } from 'typeorm';
import { loadEventFor } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { unprocessable } from '../common/errors/domain.exception.js';
import { hasPostTest } from '../evaluations/post-test.js';
import { eligibilityEntries } from './eligibility.js';
import { CertificateTemplateEntity } from './entities/certificate-template.entity.js';
import { EventCertificateRuleEntity } from './entities/event-certificate-rule.entity.js';

export const toRuleDto = (rule: EventCertificateRuleEntity | null): CertificateRule | null =>
  rule
    ? {
        minAttendancePercent: rule.minAttendancePercent,
        templateId: rule.templateId,
        emailParticipants: rule.emailParticipants,
        requirePostTestPass: rule.requirePostTestPass,
      }
    : null;

export async function loadRule(
  manager: EntityManager,
  eventId: string,
): Promise<EventCertificateRuleEntity | null> {
  return manager.getRepository(EventCertificateRuleEntity).findOneBy({ eventId });
}

/** The event's rule (admins and the event's coordinators) and who qualifies under it. */
@Injectable()
export class CertificateRulesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async getRule(eventId: string, user: SessionUser): Promise<{ rule: CertificateRule | null }> {
    await loadEventFor(this.db.manager, eventId, user);
    return { rule: toRuleDto(await loadRule(this.db.manager, eventId)) };
  }

  async putRule(
    eventId: string,
    rule: CertificateRule,
    user: SessionUser,
  ): Promise<{ rule: CertificateRule | null }> {
    await this.db.transaction(async (tx) => {
      await loadEventFor(tx, eventId, user);
      const template = await tx
        .getRepository(CertificateTemplateEntity)
        .findOneBy({ id: rule.templateId });
      if (!template) throw unprocessable('certificate_template_unknown');
      if (template.archived) throw unprocessable('certificate_template_archived');
      if (rule.requirePostTestPass && !(await hasPostTest(tx, eventId))) {
        throw unprocessable('post_test_missing');
      }
      await tx.getRepository(EventCertificateRuleEntity).save({ eventId, ...rule });
    });
    return { rule: toRuleDto(await loadRule(this.db.manager, eventId)) };
  }

  async eligibility(
    eventId: string,
    user: SessionUser,
    language: Language = 'en',
  ): Promise<Eligibility> {
    const event = await loadEventFor(this.db.manager, eventId, user);
    const rule = await loadRule(this.db.manager, eventId);
    const entries = await eligibilityEntries(this.db.manager, event, rule, language);
    const [{ issued }]: { issued: number }[] = await this.db.query(
      `SELECT count(*)::int AS issued FROM certificates WHERE event_id = $1 AND status = 'valid'`,
      [eventId],
    );
    const qualifying = entries.filter((e) => e.qualifies);
    return {
      rule: toRuleDto(rule),
      entries,
      counts: {
        approved: entries.length,
        qualifying: qualifying.length,
        toIssue: qualifying.filter((e) => !e.certificate).length,
        issued,
      },
    };
  }
}
