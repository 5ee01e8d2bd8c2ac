import { type Language, pickLocalized } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import type { BadgeCard, BadgeRoleKind } from '../documents/document-types.js';
import type { EventEntity } from '../events/entities/event.entity.js';
import { translator } from '../common/i18n/i18n.js';
import { countryName } from '../geography/countries.js';
import { EVENT_STAFF_SQL } from './event-staff.js';

const ARABIC = /[\u0600-\u06FF]/;

/** "12–16 January 2020" in the reader's language (Western digits, as the rest of the app). */
export function eventDates(event: Pick<EventEntity, 'startDate' | 'endDate'>, lang: Language) {
  const format = new Intl.DateTimeFormat(`${lang}-u-nu-latn`, {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  return format.formatRange(
    new Date(`${event.startDate}T00:00:00Z`),
    new Date(`${event.endDate}T00:00:00Z`),
  );
}

interface CardRow {
  token: string;
  full_name_ar: string;
  full_name_latin: string;
  institution_name: Record<string, string> | null;
  country: string | null;
  role: BadgeRoleKind;
}

/** The current badges of the event as printed cards, participants by name, then staff. */
export async function badgeCards(
  manager: EntityManager,
  event: EventEntity,
  options: { registrationIds?: string[]; includeStaff: boolean; language: Language },
): Promise<BadgeCard[]> {
  const lang = options.language;
  const t = translator(lang);
  const participants: CardRow[] = await manager.query(
    `SELECT b.token, p.full_name_ar, p.full_name_latin, i.name AS institution_name,
            p.nationality AS country, 'participant' AS role
       FROM badges b JOIN registrations r ON r.id = b.registration_id
       JOIN participants p ON p.id = r.participant_id
       LEFT JOIN institutions i ON i.id = p.institution_id
      WHERE b.event_id = $1 AND b.revoked_at IS NULL AND r.status = 'approved'
        AND ($2::uuid[] IS NULL OR r.id = ANY($2::uuid[]))
      ORDER BY coalesce(nullif(p.full_name_latin, ''), p.full_name_ar), p.id`,
    [event.id, options.registrationIds ?? null],
  );
  const staff: CardRow[] = options.includeStaff
    ? await manager.query(
        `SELECT DISTINCT ON (u.id) b.token, u.full_name AS full_name_latin, '' AS full_name_ar,
                NULL::jsonb AS institution_name, NULL AS country, staff.role
           FROM (${EVENT_STAFF_SQL}) staff JOIN users u ON u.id = staff.user_id
           JOIN badges b ON b.event_id = $1 AND b.user_id = u.id AND b.revoked_at IS NULL
          ORDER BY u.id, CASE staff.role WHEN 'coordinator' THEN 0 WHEN 'speaker' THEN 1 ELSE 2 END`,
        [event.id],
      )
    : [];
  const title = pickLocalized(event.title, lang);
  const dates = eventDates(event, lang);
  return [...participants, ...staff].map((row) => {
    // Staff accounts have one name: it goes on the line of its own script.
    const single = row.full_name_ar === '' && ARABIC.test(row.full_name_latin);
    return {
      token: row.token,
      fullNameAr: single ? row.full_name_latin : row.full_name_ar,
      fullNameLatin: single ? '' : row.full_name_latin,
      institution: row.institution_name ? pickLocalized(row.institution_name, lang) : '',
      country: row.country ? countryName(row.country, lang) : '',
      role: t(`terms.badge_role.${row.role}`),
      roleKind: row.role,
      eventTitle: title,
      eventDates: dates,
    };
  });
}
