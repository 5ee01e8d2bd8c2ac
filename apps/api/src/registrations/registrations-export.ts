import { type Language, pickLocalized, type Question } from '@multaqa/contract';
import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import type { RegistrationEntity } from './entities/registration.entity.js';

/**
 * The event's registrations as a spreadsheet, with headers and values in the reader's language,
 * and a column for each of the event's own questions.
 */
export async function registrationsWorkbook(
  rows: RegistrationEntity[],
  questions: Question[],
  lang: Language,
  t: TFunction,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(t('export.sheet'), {
    views: [{ rightToLeft: lang === 'ar', state: 'frozen', ySplit: 1 }],
  });
  const columns = [
    'fullNameAr',
    'fullNameLatin',
    'gender',
    'nationality',
    'institution',
    'position',
    'email',
    'phone',
    'status',
    'source',
    'registeredAt',
  ];
  sheet.columns = [
    ...columns.map((key) => ({
      header: t(`export.${key}`),
      key,
      width: key === 'email' ? 30 : 22,
    })),
    ...questions.map((q) => ({
      header: pickLocalized(q.label, lang) || q.key,
      key: `answer:${q.key}`,
      width: 22,
    })),
  ];
  const answer = (value: string | boolean | undefined) =>
    typeof value === 'boolean' ? t(value ? 'export.yes' : 'export.no') : (value ?? '');
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const p = r.participant;
    sheet.addRow({
      fullNameAr: p.fullNameAr,
      fullNameLatin: p.fullNameLatin,
      gender: t(`export.gender_${p.gender}`),
      nationality: p.nationality,
      institution: p.institution ? pickLocalized(p.institution.name, lang) : '',
      position: p.position,
      email: p.email ?? '',
      phone: p.phone ?? '',
      status: t(`terms.registration_status.${r.status}`),
      source: t(`export.source_${r.source}`),
      registeredAt: r.createdAt,
      ...Object.fromEntries(questions.map((q) => [`answer:${q.key}`, answer(r.answers[q.key])])),
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
