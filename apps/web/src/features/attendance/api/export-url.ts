import type { Language } from '@multaqa/contract';

export type ExportFormat = 'xlsx' | 'pdf';

/**
 * GET /api/events/:eventId/attendance/export — a file the browser downloads. A link sends the
 * browser's language, not the page's: `lang` asks for the file in the language on screen.
 */
export function attendanceExportUrl(
  eventId: string,
  format: ExportFormat,
  lang: Language,
  sessionId?: string,
): string {
  const query = new URLSearchParams({ format, sheet: sessionId ? 'sign-in' : 'matrix', lang });
  if (sessionId) query.set('sessionId', sessionId);
  return `/api/events/${encodeURIComponent(eventId)}/attendance/export?${query.toString()}`;
}
