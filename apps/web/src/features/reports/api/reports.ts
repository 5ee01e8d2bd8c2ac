import type { ReportFilters } from '@multaqa/contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type QueryParams } from '../../../lib/api-client';
import { toProblemError } from '../../../lib/problem';
import { filtersQueryString } from '../lib/report-search';

export const REPORT_EVENTS_PAGE_SIZE = 20;

export type ReportEventsParams = QueryParams<'/api/reports/events', 'get'>;

export const reportKeys = {
  all: ['reports'] as const,
  dashboard: (filters: ReportFilters, lang: string) =>
    [...reportKeys.all, 'dashboard', filters, lang] as const,
  events: (params: ReportEventsParams) => [...reportKeys.all, 'events', params] as const,
};

/**
 * GET /api/reports/dashboard: the figures for the filters (a coordinator's cover their events
 * only). The summary sentence comes written in the reader's language, hence the key has it.
 */
export function dashboardQueryOptions(filters: ReportFilters, lang: string) {
  return queryOptions({
    queryKey: reportKeys.dashboard(filters, lang),
    queryFn: () => unwrap(api.GET('/api/reports/dashboard', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/reports/events: the held events behind the figures, one page. */
export function reportEventsQueryOptions(params: ReportEventsParams) {
  return queryOptions({
    queryKey: reportKeys.events(params),
    queryFn: () => unwrap(api.GET('/api/reports/events', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export type YearEndFormat = 'pdf' | 'xlsx';

const MEDIA_TYPES: Record<YearEndFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file name the API gave (Content-Disposition), else a plain one. */
function fileNameOf(response: Response, format: YearEndFormat): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (utf8) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // A malformed name: fall through to the plain one.
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? `year-end-report.${format}`;
}

/**
 * GET /api/reports/year-end.{pdf,xlsx}: fetched rather than linked, so the page can show that
 * the file is being prepared (the PDF takes seconds) and say why it failed in the reader's
 * language, then handed to the browser as a download.
 */
export async function downloadYearEnd(format: YearEndFormat, filters: ReportFilters) {
  const qs = filtersQueryString(filters);
  const response = await fetch(`/api/reports/year-end.${format}${qs ? `?${qs}` : ''}`, {
    credentials: 'include',
    headers: {
      Accept: `${MEDIA_TYPES[format]}, application/problem+json`,
      'Accept-Language': document.documentElement.lang || 'ar',
    },
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw toProblemError(body, response);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response, format);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: a browser may still be reading the blob after the click.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
