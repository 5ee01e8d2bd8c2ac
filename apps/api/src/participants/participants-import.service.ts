import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  describeIssue,
  IMPORT_COLUMNS,
  type ImportReport,
  type Job,
  type ImportRow,
  type Language,
  LANGUAGES,
  participantFieldsSchema,
  textProblem,
} from '@multaqa/contract';
import ExcelJS from 'exceljs';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { visiblePeopleIds } from '../common/access/people.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { translator } from '../common/i18n/i18n.js';
import { normalizeName } from '../common/text.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { isCountryCode } from '../geography/countries.js';
import { InstitutionEntity } from '../institutions/institution.entity.js';
import { JobProgress, type TrackedJob } from '../jobs/job-progress.service.js';
import { DuplicateIndex, nameKeys, type PersonKey } from './duplicates.js';
import { type ImportFormat, type ImportLimits, readTable } from './import-table.js';
import { ParticipantEntity } from './participant.entity.js';
import { toParticipantDto } from './participant.mapper.js';
import type { ParticipantFields } from './participants.service.js';

export type { ImportFormat } from './import-table.js';

const GENDER_WORDS: Record<string, 'female' | 'male'> = {
  female: 'female',
  f: 'female',
  woman: 'female',
  femme: 'female',
  أنثى: 'female',
  انثى: 'female',
  male: 'male',
  m: 'male',
  man: 'male',
  homme: 'male',
  ذكر: 'male',
};

interface ParsedRow {
  row: number;
  fields?: ParticipantFields;
  report: ImportRow;
  /** The registry's person this row's email names, seen or not by the caller. */
  sameEmail?: ParticipantEntity;
  /** That person is outside the caller's scope: linking them tells them by email. */
  sameEmailHidden?: boolean;
}

/**
 * One person an import writes: a new record from a valid row, or one a row names by email
 * (`linked` when the caller could not see them, so they are told).
 */
export type ImportItem =
  { fields: ParticipantFields } | { participantId: string; linked?: boolean };

export interface ImportPlan {
  report: ImportReport;
  items: ImportItem[];
}

export interface BatchOutcome {
  /** Counts to add to the job's result, e.g. { registered: 12 }. */
  tally?: Record<string, number>;
  afterCommit?: () => void;
}

export const PARTICIPANTS_IMPORT_QUEUE = 'participants-import';

/**
 * Import of participants from XLSX or CSV: every row is checked (fields, institution, phone,
 * likely duplicates in the registry and within the file) and reported before anything is
 * written. A small file is written in one transaction; a large one by a background job in
 * batches, each its own short transaction, so no lock is held for the whole file.
 */
@Injectable()
export class ParticipantsImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly progress: JobProgress,
  ) {
    this.progress.register<ImportItem[]>({
      name: PARTICIPANTS_IMPORT_QUEUE,
      retryLimit: 2,
      run: async (job) => {
        await this.inBatches(job, async (tx, items) => {
          await this.writePeople(tx, items, job.createdById);
        });
      },
    });
  }

  get limits(): ImportLimits {
    return {
      maxRows: this.config.IMPORT_MAX_ROWS,
      maxUncompressedBytes: this.config.IMPORT_MAX_UNCOMPRESSED_BYTES,
    };
  }

  /** Whether writing this many people is left to a background job. */
  inBackground(items: number): boolean {
    return items > this.config.IMPORT_BATCH_ROWS;
  }

  async preview(
    file: Buffer,
    format: ImportFormat,
    lang: Language,
    user: SessionUser,
  ): Promise<ImportReport> {
    return (await this.plan(file, format, lang, user)).report;
  }

  /** Writes the valid rows: at once, or (a large file) as a job whose progress can be read. */
  async commit(
    file: Buffer,
    format: ImportFormat,
    lang: Language,
    user: SessionUser,
  ): Promise<{ report: ImportReport } | { job: Job }> {
    const { report, items } = await this.plan(file, format, lang, user);
    const created = items.filter((item) => 'fields' in item);
    const result = { counts: report.counts, created: created.length };
    if (this.inBackground(created.length)) {
      return {
        job: await this.progress.start(PARTICIPANTS_IMPORT_QUEUE, {
          kind: PARTICIPANTS_IMPORT_QUEUE,
          total: created.length,
          input: created,
          createdById: user.id,
          result,
        }),
      };
    }
    await this.db.transaction((tx) => this.writePeople(tx, created, user.id));
    return { report: { ...report, created: created.length } };
  }

  /** Checks every row; the report for people, and the people to write for the commit. */
  async plan(
    file: Buffer,
    format: ImportFormat,
    lang: Language,
    user: SessionUser,
  ): Promise<ImportPlan> {
    const rows = await this.check(this.db.manager, file, format, lang, user);
    const items: ImportItem[] = [];
    for (const row of rows) {
      if (row.report.status === 'valid' && row.fields) items.push({ fields: row.fields });
      else if (row.report.status === 'duplicate' && row.sameEmail) {
        items.push({
          participantId: row.sameEmail.id,
          ...(row.sameEmailHidden ? { linked: true } : {}),
        });
      }
    }
    return { report: summarize(rows), items };
  }

  /**
   * Writes one batch of people inside the caller's transaction and returns them. A person whose
   * email was registered since the check (another import, a retried batch) is linked, not
   * created twice.
   */
  async writePeople(
    tx: EntityManager,
    items: ImportItem[],
    createdById: string | null,
  ): Promise<ParticipantEntity[]> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('participants:import'))`);
    const repo = tx.getRepository(ParticipantEntity);
    const emails = items.flatMap((item) =>
      'fields' in item && item.fields.email ? [item.fields.email] : [],
    );
    const known = new Map(
      (emails.length ? await repo.findBy({ email: In(emails), mergedIntoId: IsNull() }) : []).map(
        (p) => [p.email, p],
      ),
    );
    const linkedIds = items.flatMap((item) =>
      'participantId' in item ? [item.participantId] : [],
    );
    const people = linkedIds.length ? await repo.findBy({ id: In(linkedIds) }) : [];
    const fresh = items.flatMap((item) => {
      if (!('fields' in item)) return [];
      const existing = item.fields.email ? known.get(item.fields.email) : undefined;
      if (existing) {
        people.push(existing);
        return [];
      }
      return [item.fields];
    });
    if (fresh.length) {
      people.push(
        ...(await repo.save(
          fresh.map((fields) => ({
            ...fields,
            ...nameKeys(fields.fullNameAr, fields.fullNameLatin),
            createdById,
          })),
        )),
      );
    }
    return people;
  }

  /**
   * Runs a job's items batch by batch from where an earlier attempt stopped; each batch and
   * its progress (items done, counts added to the result) commit together, so a retried job
   * neither skips nor repeats a batch.
   */
  async inBatches<I>(
    job: TrackedJob<I[]>,
    write: (tx: EntityManager, items: I[]) => Promise<BatchOutcome | void>,
  ): Promise<void> {
    const size = this.config.IMPORT_BATCH_ROWS;
    for (let from = job.done; from < job.input.length; from += size) {
      const batch = job.input.slice(from, from + size);
      const outcome = await this.db.transaction(async (tx) => {
        const outcome = await write(tx, batch);
        await this.progress.advance(tx, job.id, batch.length, outcome?.tally);
        return outcome;
      });
      outcome?.afterCommit?.();
    }
  }

  /**
   * Headers in the reader's language (the import reads them in any of the three), the sheet
   * right-to-left in Arabic, and an example row the import accepts.
   */
  async template(lang: Language): Promise<Buffer> {
    const t = translator(lang);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(t('export.participantsSheet'), {
      views: [{ rightToLeft: lang === 'ar', state: 'frozen', ySplit: 1 }],
    });
    sheet.addRow(IMPORT_COLUMNS.map((column) => t(`export.${column}`)));
    sheet.addRow([
      'عبدي وارسامي',
      'Abdi Warsame',
      t('export.gender_male'),
      'SO',
      'Ministry of Internal Security',
      'Director',
      'abdi@example.org',
      '+252612345678',
      'ar',
    ]);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => (column.width = 24));
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  private async check(
    manager: EntityManager,
    file: Buffer,
    format: ImportFormat,
    lang: Language,
    user: SessionUser,
  ): Promise<ParsedRow[]> {
    const t = translator(lang);
    const table = await readTable(file, format, this.limits);
    const institutions = await manager.getRepository(InstitutionEntity).find();
    const institutionByName = new Map<string, string>();
    for (const inst of institutions) {
      for (const l of LANGUAGES)
        if (inst.name[l]) institutionByName.set(normalizeName(inst.name[l]!), inst.id);
      if (inst.acronym) institutionByName.set(normalizeName(inst.acronym), inst.id);
    }
    const existing = await manager.getRepository(ParticipantEntity).find({
      where: { mergedIntoId: IsNull() },
      relations: { institution: true },
    });
    const visible = await visiblePeopleIds(
      manager,
      existing.map((p) => p.id),
      user,
    );
    const index = new DuplicateIndex<ParticipantEntity & PersonKey>(existing);
    const inFile = new DuplicateIndex<PersonKey & { id: string; row: number }>();

    return table.map(({ row, values }) => {
      const errors: ImportRow['errors'] = [];
      const institutionName = values.institution?.trim() ?? '';
      const institutionId = institutionName
        ? (institutionByName.get(normalizeName(institutionName)) ?? null)
        : null;
      // The one cell read outside the contract's schema: held to the same rules as a name.
      const institutionProblem = textProblem(institutionName, false);
      if (institutionProblem) errors.push({ field: 'institution', message: t(institutionProblem) });
      else if (institutionName && !institutionId)
        errors.push({ field: 'institution', message: t('validation.unknown_institution') });
      const parsed = participantFieldsSchema.safeParse({
        fullNameAr: values.fullNameAr ?? '',
        fullNameLatin: values.fullNameLatin ?? '',
        gender: GENDER_WORDS[(values.gender ?? '').trim().toLowerCase()] ?? values.gender,
        nationality: values.nationality ?? '',
        institutionId,
        position: values.position ?? '',
        email: values.email ? values.email : null,
        phone: values.phone ? values.phone : null,
        preferredLanguage: values.preferredLanguage
          ? values.preferredLanguage.toLowerCase()
          : undefined,
      });
      const fullName = [values.fullNameLatin, values.fullNameAr].filter(Boolean).join(' / ');
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const { key, params } = describeIssue(issue);
          errors.push({ field: issue.path.join('.') || 'row', message: t(key, params) });
        }
      } else {
        if (!isCountryCode(parsed.data.nationality))
          errors.push({ field: 'nationality', message: t('validation.unknown_country') });
        if (parsed.data.phone && !isValidPhoneNumber(parsed.data.phone))
          errors.push({ field: 'phone', message: t('validation.phone_invalid') });
      }
      if (errors.length > 0 || !parsed.success) {
        return { row, report: { row, status: 'error', fullName, errors } };
      }
      const fields = parsed.data;
      const key = {
        email: fields.email,
        phone: fields.phone,
        institutionId: fields.institutionId,
        ...nameKeys(fields.fullNameAr, fields.fullNameLatin),
      };
      // Out of the caller's scope, a phone-only match is not told: a file of numbers would
      // otherwise say who holds each of them.
      const registered = index
        .find(key)
        .filter((d) => visible.has(d.match.id) || d.reasons.some((r) => r !== 'phone'));
      if (registered.length > 0) {
        const seen = registered.filter((d) => visible.has(d.match.id));
        const sameEmail = registered.find((d) => d.reasons.includes('email'))?.match;
        return {
          row,
          fields,
          sameEmail,
          sameEmailHidden: !!sameEmail && !visible.has(sameEmail.id),
          report: {
            row,
            status: 'duplicate',
            fullName,
            errors: [],
            duplicateOf: seen.map((d) => toParticipantDto(d.match)),
            ...(seen.length < registered.length ? { heldElsewhere: true } : {}),
          },
        };
      }
      const earlier = inFile.find(key);
      if (earlier.length > 0) {
        return {
          row,
          fields,
          report: {
            row,
            status: 'error',
            fullName,
            errors: [
              {
                field: 'row',
                message: t('errors.import_duplicate_row', { row: earlier[0].match.row }),
              },
            ],
          },
        };
      }
      inFile.add({ ...key, id: `row-${row}`, row });
      return { row, fields, report: { row, status: 'valid', fullName, errors: [] } };
    });
  }
}

function summarize(rows: ParsedRow[]): ImportReport {
  const count = (status: ImportRow['status']) =>
    rows.filter((r) => r.report.status === status).length;
  return {
    rows: rows.map((r) => r.report),
    counts: { valid: count('valid'), duplicate: count('duplicate'), error: count('error') },
  };
}
