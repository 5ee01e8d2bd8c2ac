import { type Language, pickLocalized } from '@multaqa/contract';
import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import type { RegistrationEntity } from './entities/registration.entity.js';

/** The event's registrations as a spreadsheet, with headers and values in the reader's language. */
export async function registrationsWorkbook(
  rows: RegistrationEntity[],
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
  sheet.columns = columns.map((key) => ({
    header: t(`export.${key}`),
    key,
    width: key === 'email' ? 30 : 22,
  }));
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
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
