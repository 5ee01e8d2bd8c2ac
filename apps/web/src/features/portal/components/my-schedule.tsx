import { Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { pickLocalized } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDayHeading, formatTimeRangeInZone, formatTimeZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { myScheduleQueryOptions } from '../../../lib/my-schedule';
import { attendanceShown, groupSchedule, type AttendanceShown } from './schedule-groups';

const ATTENDANCE_COLORS: Record<AttendanceShown, string> = {
  present: 'teal',
  late: 'yellow',
  excused: 'blue',
  absent: 'red',
  notYet: 'gray',
  notRecorded: 'gray',
};

/** The person's sessions by event and day, on each event's clock, with their own attendance. */
export function MySchedule() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(myScheduleQueryOptions);
  const groups = useMemo(() => groupSchedule(query.data ?? []), [query.data]);
  const now = Date.now();

  return (
    <Stack gap="sm" component="section" aria-labelledby="my-schedule-title">
      <Title order={2} size="h3" id="my-schedule-title">
        {t('schedule.title')}
      </Title>
      {query.isPending ? (
        <Skeleton height={120} aria-busy="true" aria-label={t('common.loading')} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : groups.length === 0 ? (
        <Text c="dimmed">{t('schedule.empty')}</Text>
      ) : (
        groups.map((event) => (
          <Card key={event.eventId} withBorder padding="md">
            <Stack gap="xs">
              <Title order={3} size="h4">
                {pickLocalized(event.eventTitle, lang) || t('public.untitled')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('schedule.timesIn')}{' '}
                <span dir="ltr">{formatTimeZone(event.timeZone, lang)}</span>
              </Text>
              {event.days.map((day) => (
                <Stack key={day.date} gap={4}>
                  <Title order={4} size="h6">
                    {formatDayHeading(day.date, lang)}
                  </Title>
                  <Stack
                    component="ul"
                    gap={6}
                    style={{ listStyle: 'none', padding: 0, margin: 0 }}
                  >
                    {day.sessions.map((s) => {
                      const shown = attendanceShown(s, now);
                      return (
                        <Group
                          component="li"
                          key={s.sessionId}
                          justify="space-between"
                          wrap="nowrap"
                          gap="xs"
                          align="flex-start"
                        >
                          <div>
                            <Text size="sm" fw={500}>
                              {pickLocalized(s.title, lang) || t('schedule.untitledSession')}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {formatTimeRangeInZone(s.startsAt, s.endsAt, lang, event.timeZone)}
                              {s.room ? ` · ${s.room}` : ''}
                            </Text>
                          </div>
                          <Badge
                            color={ATTENDANCE_COLORS[shown]}
                            variant="light"
                            style={{ flexShrink: 0 }}
                          >
                            {t(`schedule.attendance.${shown}`)}
                          </Badge>
                        </Group>
                      );
                    })}
                  </Stack>
                </Stack>
              ))}
            </Stack>
          </Card>
        ))
      )}
    </Stack>
  );
}
