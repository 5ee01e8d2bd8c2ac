import { pickLocalized, type PublicEvent } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { formatDayHeading, formatTimeRangeInZone, listFormat } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { groupByDay } from '../../lib/timetable-layout';
import { eachDate, isoToZonedLocal } from '../../lib/time-zone';
import { Badge } from '../ui';

type PublicSession = PublicEvent['sessions'][number];

/** Sessions with their local date and times in the event's zone, for the day layout. */
function localSessions(event: PublicEvent) {
  return event.sessions.map((session) => {
    const start = isoToZonedLocal(session.startsAt, event.timeZone);
    const end = isoToZonedLocal(session.endsAt, event.timeZone);
    return {
      ...session,
      date: start.slice(0, 10),
      startTime: start.slice(11),
      endTime: end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : '24:00',
    };
  });
}

/** The programme by day; sessions at the same time stand side by side (they wrap on a phone). */
export function Programme({ event }: { event: PublicEvent }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const days = groupByDay(eachDate(event.startDate, event.endDate), localSessions(event)).filter(
    (day) => day.items.length > 0,
  );
  if (days.length === 0) return <p className="dimmed">{t('public.noProgramme')}</p>;

  return (
    <div className="stack-large">
      {days.map((day) => {
        const groups = new Map<number, typeof day.items>();
        for (const placed of day.items)
          groups.set(placed.group, [...(groups.get(placed.group) ?? []), placed]);
        return (
          <section key={day.date} className="stack-small" aria-labelledby={`pday-${day.date}`}>
            <h3 id={`pday-${day.date}`}>{formatDayHeading(day.date, lang)}</h3>
            {[...groups.values()].map((group) => {
              const lanes = Math.min(group[0]?.lanes ?? 1, 4);
              return (
                <div key={group[0].item.id} className={`grid lanes-${lanes}`}>
                  {[...group]
                    .sort((a, b) => a.lane - b.lane)
                    .map(({ item }) => (
                      <SessionCard key={item.id} session={item} timeZone={event.timeZone} />
                    ))}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}

function SessionCard({ session, timeZone }: { session: PublicSession; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <article className="card card-small stack-tight">
      <p className="small dimmed">
        {formatTimeRangeInZone(session.startsAt, session.endsAt, lang, timeZone)}
      </p>
      <p className="strong">{pickLocalized(session.title, lang) || t('public.untitled')}</p>
      <div className="badges">
        <Badge>{t(`events.sessionType.${session.type}`)}</Badge>
      </div>
      {session.room && (
        <p className="small">{t('events.programme.inRoom', { room: session.room })}</p>
      )}
      {session.speakers.length > 0 && (
        <p className="small dimmed">
          {listFormat(lang).format(
            session.speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)),
          )}
        </p>
      )}
    </article>
  );
}
