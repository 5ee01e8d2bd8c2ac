import { type Language, pickLocalized, type Question } from '@multaqa/contract';
import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import { countryName } from '../geography/countries.js';
import type { RegistrationEntity } from './entities/registration.entity.js';

/**
 * The event's registrations as a spreadsheet, with headers and values in the reader's language,
 * and a column for each of the event's own questions.
 */
export async function registrationsWorkbook(
  rows: RegistrationEntity[],
  questions: Question[],
  event: { timeZone: string },
  lang: Language,
  t: TFunction,
): Promise<Buffer> {
  // Written as text on the event's clock: an Excel date has no zone and would read as UTC.
  const onEventClock = new Intl.DateTimeFormat(`${lang}-u-nu-latn`, {
    timeZone: event.timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
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
      nationality: countryName(p.nationality, lang),
      institution: p.institution ? pickLocalized(p.institution.name, lang) : '',
      position: p.position,
      email: p.email ?? '',
      phone: p.phone ?? '',
      status: t(`terms.registration_status.${r.status}`),
      source: t(`export.source_${r.source}`),
      registeredAt: onEventClock.format(r.createdAt),
      ...Object.fromEntries(questions.map((q) => [`answer:${q.key}`, answer(r.answers[q.key])])),
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
