import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Language, pickLocalized } from '@multaqa/contract';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { loadAttendanceScopeFor, loadAttendanceSessionFor } from '../common/access/attendance.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { translator } from '../common/i18n/i18n.js';
import type { TableDocument } from '../documents/document-types.js';
import { eventDates } from '../badges/badge-cards.js';
import { attendanceRates } from './attendance-rates.js';
import { rosterEntries } from './roster.js';

export type AttendanceSheet = 'matrix' | 'sign-in';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/**
 * The sign-in sheet of a session and the participant × session matrix, as one table that both
 * the XLSX writer here and the PDF renderer (documents/) draw, in the reader's language.
 */
@Injectable()
export class AttendanceExportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async tableFor(
    eventId: string,
    user: SessionUser,
    options: { sheet: AttendanceSheet; sessionId?: string; language: Language },
  ): Promise<TableDocument> {
    return options.sheet === 'sign-in'
      ? this.signInSheet(eventId, options.sessionId!, user, options.language)
      : this.matrix(eventId, user, options.language);
  }

  async xlsx(table: TableDocument): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(table.title.slice(0, 31), {
      views: [
        {
          rightToLeft: table.language === 'ar',
          state: 'frozen',
          ySplit: table.subtitle.length + 2,
        },
      ],
      pageSetup: { orientation: table.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    sheet.addRow([table.title]).font = { bold: true, size: 14 };
    for (const line of table.subtitle) sheet.addRow([line]);
    sheet.addRow(table.columns.map((c) => c.header)).font = { bold: true };
    table.columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = Math.max(6, c.width * 4);
    });
    for (const row of table.rows) {
      const added = sheet.addRow(row);
      if (table.signatureColumn) added.height = 28;
    }
    sheet.addRow([]);
    for (const line of table.footer) sheet.addRow([line]);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  private async signInSheet(
    eventId: string,
    sessionId: string,
    user: SessionUser,
    lang: Language,
  ): Promise<TableDocument> {
    const t = translator(lang);
    const { event, session } = await loadAttendanceSessionFor(
      this.db.manager,
      eventId,
      sessionId,
      user,
    );
    const entries = await rosterEntries(this.db.manager, eventId, sessionId);
    const clock = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { timeZone: event.timeZone, ...options });
    const when = `${clock({ dateStyle: 'full' }).format(session.startsAt)} · ${clock({ timeStyle: 'short' }).formatRange(session.startsAt, session.endsAt)}`;
    return {
      language: lang,
      title: t('export.sign_in_sheet'),
      subtitle: [
        pickLocalized(event.title, lang),
        pickLocalized(session.title, lang),
        when,
        ...(session.room ? [`${t('export.room')}: ${session.room}`] : []),
      ],
      columns: [
        { header: t('export.number'), width: 1.5 },
        { header: t('export.fullNameAr'), width: 5 },
        { header: t('export.fullNameLatin'), width: 5 },
        { header: t('export.institution'), width: 5 },
        { header: t('export.status'), width: 2 },
        { header: t('export.time'), width: 2 },
        { header: t('export.signature'), width: 4 },
      ],
      rows: entries.map((e, i) => [
        String(i + 1),
        e.fullNameAr,
        e.fullNameLatin,
        e.institution ? pickLocalized(e.institution.name, lang) : '',
        e.attendance ? t(`export.status_${e.attendance.status}`) : '',
        e.attendance ? clock({ timeStyle: 'short' }).format(new Date(e.attendance.takenAt)) : '',
        '',
      ]),
      footer: [],
      signatureColumn: true,
      orientation: 'portrait',
    };
  }

  private async matrix(eventId: string, user: SessionUser, lang: Language): Promise<TableDocument> {
    const t = translator(lang);
    const { event, sessionIds } = await loadAttendanceScopeFor(this.db.manager, eventId, user);
    const rates = await attendanceRates(this.db.manager, event, sessionIds);
    const records: { session_id: string; participant_id: string; status: string }[] =
      await this.db.query(
        'SELECT session_id, participant_id, status FROM attendance_records WHERE event_id = $1',
        [eventId],
      );
    const status = new Map(records.map((r) => [`${r.session_id}:${r.participant_id}`, r.status]));
    const label = new Intl.DateTimeFormat(`${lang}-u-nu-latn`, {
      timeZone: event.timeZone,
      day: '2-digit',
      month: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    return {
      language: lang,
      title: `${t('export.attendance_matrix')} — ${pickLocalized(event.title, lang)}`,
      subtitle: [eventDates(event, lang), pickLocalized(event.city, lang)],
      columns: [
        { header: t('export.number'), width: 1.5 },
        { header: t('export.fullNameAr'), width: 5 },
        { header: t('export.fullNameLatin'), width: 5 },
        { header: t('export.institution'), width: 4 },
        ...rates.sessions.map((s) => ({
          header: `${label.format(new Date(s.startsAt))} ${pickLocalized(s.title, lang)}`,
          width: 2,
        })),
        { header: t('export.rate'), width: 2 },
      ],
      rows: rates.participants.map((p, i) => [
        String(i + 1),
        p.fullNameAr,
        p.fullNameLatin,
        p.institution ? pickLocalized(p.institution.name, lang) : '',
        ...rates.sessions.map((s) => {
          const st = status.get(`${s.sessionId}:${p.participantId}`);
          return st ? t(`export.status_short_${st}`) : '—';
        }),
        percent(p.rate.rate),
      ]),
      footer: [
        t('export.legend'),
        t('export.late_counts_as', { rule: t(`export.late_rule_${rates.lateCountsAs}`) }),
        `${t('export.rate')}: ${percent(rates.event.rate)}`,
      ],
      signatureColumn: false,
      orientation: 'landscape',
    };
  }
}
