import type { BadgeLayout } from '@multaqa/contract';

export interface BadgeSheetOptions {
  layout: BadgeLayout;
  /** The registrations to print; undefined prints every approved registration. */
  registrationIds?: readonly string[];
  includeStaff: boolean;
}

/**
 * GET /api/events/:eventId/badges.pdf — a file the browser downloads, so a plain link rather
 * than the typed client. `registrationIds` is left out for "all", as the API reads its absence.
 */
export function badgeSheetUrl(eventId: string, options: BadgeSheetOptions): string {
  const params = new URLSearchParams({ layout: options.layout });
  if (options.registrationIds) params.set('registrationIds', options.registrationIds.join(','));
  if (options.includeStaff) params.set('includeStaff', 'true');
  return `/api/events/${encodeURIComponent(eventId)}/badges.pdf?${params.toString()}`;
}
