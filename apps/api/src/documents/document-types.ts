import type { BadgeLayout, Language } from '@multaqa/contract';

/**
 * What the PDF renderers draw, kept apart from where the data comes from: the badges and
 * attendance modules assemble these, `documents/` turns them into files (PDF here, XLSX in
 * the attendance module), so one engine serves badges, attendance sheets and certificates.
 */

/** One badge: texts already chosen in the reader's language by the caller. */
export interface BadgeCard {
  /** The signed QR text (`MQB1.…`). */
  token: string;
  fullNameAr: string;
  fullNameLatin: string;
  institution: string;
  /** Country name, already translated. */
  country: string;
  /** Participant, trainer, speaker, coordinator, door staff: already translated. */
  role: string;
  /** Which colour the role band takes; participant when absent. */
  roleKind?: BadgeRoleKind;
  eventTitle: string;
  /** Event dates as the badge prints them, already formatted. */
  eventDates: string;
}

export const BADGE_ROLE_KINDS = [
  'participant',
  'trainer',
  'speaker',
  'coordinator',
  'door_staff',
] as const;
export type BadgeRoleKind = (typeof BADGE_ROLE_KINDS)[number];

export interface BadgeSheetRequest {
  layout: BadgeLayout;
  /** The language of the fixed labels (Arabic pages are laid out right to left). */
  language: Language;
  cards: BadgeCard[];
}

/** A table for a sign-in sheet or the participant × session matrix. */
export interface TableDocument {
  language: Language;
  title: string;
  /** Lines under the title: event, session, dates, room… */
  subtitle: string[];
  columns: { header: string; /** relative width */ width: number }[];
  rows: string[][];
  /** Lines under the table (legend, totals). */
  footer: string[];
  /** A sign-in sheet leaves a blank signature column and taller rows. */
  signatureColumn: boolean;
  orientation: 'portrait' | 'landscape';
}
