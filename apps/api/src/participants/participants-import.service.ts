import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  describeIssue,
  IMPORT_COLUMNS,
  type ImportReport,
  type ImportRow,
  type Language,
  LANGUAGES,
  participantFieldsSchema,
  textProblem,
} from '@multaqa/contract';
import ExcelJS from 'exceljs';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { visiblePeopleIds } from '../common/access/people.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { unprocessable } from '../common/errors/domain.exception.js';
import { translator } from '../common/i18n/i18n.js';
import { normalizeName } from '../common/text.js';
import { isCountryCode } from '../geography/countries.js';
import { InstitutionEntity } from '../institutions/institution.entity.js';
import { DuplicateIndex, nameKeys, type PersonKey } from './duplicates.js';
import { ParticipantEntity } from './participant.entity.js';
import { toParticipantDto } from './participant.mapper.js';
import type { ParticipantFields } from './participants.service.js';

export type ImportFormat = 'xlsx' | 'csv';

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
  /** The registry's person this row's email names, seen or not by the caller. */
  sameEmail?: ParticipantEntity;
  report: ImportRow;
}

/**
 * Import of participants from XLSX or CSV: every row is checked (fields, institution, phone,
 * likely duplicates in the registry and within the file) and reported before anything is
 * written; committing writes all valid rows in one transaction.
 */
@Injectable()
export class ParticipantsImportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async preview(
    file: Buffer,
    format: ImportFormat,
    lang: Language,
    user: SessionUser,
  ): Promise<ImportReport> {
    const rows = await this.check(this.db.manager, file, format, lang, user);
    return summarize(rows);
  }

  async commit(
    file: Buffer,
    format: ImportFormat,
    lang: Language,
    user: SessionUser,
  ): Promise<ImportReport> {
    return this.db.transaction(
      async (tx) => (await this.commitIn(tx, file, format, lang, user)).report,
    );
  }

  /**
   * Writes the valid rows inside the caller's transaction and returns, besides the report, the
   * people the file names: those it created, and existing ones a row names by email; `linked`
   * holds those among them the caller could not see.
   */
  async commitIn(
    tx: EntityManager,
    file: Buffer,
    format: ImportFormat,
    lang: Language,
    user: SessionUser,
  ): Promise<{ report: ImportReport; people: ParticipantEntity[]; linked: Set<string> }> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('participants:import'))`);
    const rows = await this.check(tx, file, format, lang, user);
    const valid = rows.filter((r) => r.report.status === 'valid' && r.fields);
    const people: ParticipantEntity[] = [];
    for (let i = 0; i < valid.length; i += 500) {
      const inserted = await tx.getRepository(ParticipantEntity).save(
        valid.slice(i, i + 500).map(({ fields }) => ({
          ...fields!,
          ...nameKeys(fields!.fullNameAr, fields!.fullNameLatin),
          createdById: user.id,
        })),
      );
      people.push(...inserted);
    }
    const named = rows.flatMap((r) =>
      r.report.status === 'duplicate' && r.sameEmail ? [r.sameEmail] : [],
    );
    const visible = await visiblePeopleIds(
      tx,
      named.map((p) => p.id),
      user,
    );
    people.push(...named);
    const linked = new Set(named.filter((p) => !visible.has(p.id)).map((p) => p.id));
    return { report: { ...summarize(rows), created: valid.length }, people, linked };
  }

  async template(): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('participants');
    sheet.addRow([...IMPORT_COLUMNS]);
    sheet.addRow([
      'عبدي وارسامي',
      'Abdi Warsame',
      'male',
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
    const table = await readTable(file, format);
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
    const index = new DuplicateIndex<ParticipantEntity & PersonKey>(existing);
    const visible = await visiblePeopleIds(
      manager,
      existing.map((p) => p.id),
      user,
    );
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
        return {
          row,
          fields,
          sameEmail: registered.find((d) => d.reasons.includes('email'))?.match,
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

/** The sheet as rows of values keyed by the template's column names (header row 1). */
async function readTable(
  file: Buffer,
  format: ImportFormat,
): Promise<{ row: number; values: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>> }[]> {
  const book = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (format === 'csv') {
      const { Readable } = await import('node:stream');
      // Keep every cell as typed: the default would turn +252… into a number.
      sheet = await book.csv.read(Readable.from(file.toString('utf8').replace(/^\uFEFF/, '')), {
        map: (value: string) => value,
      } as Partial<ExcelJS.CsvReadOptions>);
    } else {
      await book.xlsx.load(file as unknown as ArrayBuffer);
      sheet = book.worksheets[0];
    }
  } catch {
    throw unprocessable('import_unreadable');
  }
  if (!sheet || sheet.rowCount < 1) throw unprocessable('import_empty');
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim());
  const columns = new Map<number, (typeof IMPORT_COLUMNS)[number]>();
  header.forEach((name, index) => {
    const column = IMPORT_COLUMNS.find((c) => c.toLowerCase() === name.toLowerCase());
    if (column) columns.set(index, column);
  });
  if (!columns.size)
    throw unprocessable('import_no_columns', { columns: IMPORT_COLUMNS.join(', ') });
  const rows: { row: number; values: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>> }[] =
    [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const values: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>> = {};
    (row.values as unknown[]).forEach((value, index) => {
      const column = columns.get(index);
      if (column && value !== null && value !== undefined) values[column] = cellText(value).trim();
    });
    if (Object.values(values).some(Boolean)) rows.push({ row: number, values });
  });
  return rows;
}

function cellText(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('result' in value) return String((value as { result: unknown }).result);
    if ('richText' in value)
      return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  }
  return String(value);
}
