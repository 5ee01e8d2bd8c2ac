import { Badge, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { pickLocalized, type PublicEvent } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { formatDayHeading, formatTimeRangeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { groupByDay } from '../../../lib/timetable-layout';
import { eachDate, isoToZonedLocal } from '../../../lib/time-zone';

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
export function PublicProgramme({ event }: { event: PublicEvent }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const days = groupByDay(eachDate(event.startDate, event.endDate), localSessions(event)).filter(
    (day) => day.items.length > 0,
  );
  if (days.length === 0) return <Text c="dimmed">{t('public.noProgramme')}</Text>;

  return (
    <Stack gap="lg">
      {days.map((day) => {
        const groups = new Map<number, typeof day.items>();
        for (const placed of day.items) {
          groups.set(placed.group, [...(groups.get(placed.group) ?? []), placed]);
        }
        return (
          <Stack key={day.date} gap="sm" component="section" aria-labelledby={`pday-${day.date}`}>
            <Title order={3} size="h4" id={`pday-${day.date}`}>
              {formatDayHeading(day.date, lang)}
            </Title>
            {[...groups.values()].map((group) => {
              const lanes = group[0]?.lanes ?? 1;
              return (
                <SimpleGrid
                  key={group[0].item.id}
                  cols={{ base: Math.min(lanes, 2), sm: Math.min(lanes, 4) }}
                  spacing="xs"
                >
                  {[...group]
                    .sort((a, b) => a.lane - b.lane)
                    .map(({ item }) => (
                      <SessionCard key={item.id} session={item} timeZone={event.timeZone} />
                    ))}
                </SimpleGrid>
              );
            })}
          </Stack>
        );
      })}
    </Stack>
  );
}

function SessionCard({ session, timeZone }: { session: PublicSession; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Card withBorder padding="sm" component="article">
      <Text size="sm" c="dimmed">
        {formatTimeRangeInZone(session.startsAt, session.endsAt, lang, timeZone)}
      </Text>
      <Text fw={600}>{pickLocalized(session.title, lang) || t('public.untitled')}</Text>
      <Badge variant="light" size="sm" mt={4}>
        {t(`events.sessionType.${session.type}`)}
      </Badge>
      {session.room && (
        <Text size="sm" mt={4}>
          {t('events.programme.inRoom', { room: session.room })}
        </Text>
      )}
      {session.speakers.length > 0 && (
        <Text size="sm" c="dimmed" mt={4}>
          {new Intl.ListFormat(lang).format(
            session.speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)),
          )}
        </Text>
      )}
    </Card>
  );
}
