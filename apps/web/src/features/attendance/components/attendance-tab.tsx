import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { Event } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { ratesQueryOptions } from '../api/get-rates';
import { ConflictsList } from './conflicts-list';
import { DoorStaffPanel } from './door-staff-panel';
import { ExportsPanel } from './exports-panel';
import { ParticipantRates } from './participant-rates';
import { formatRate } from './rates';
import { SessionRates } from './session-rates';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** The event page's Attendance tab: rates per session and participant, conflicts, exports, door staff. */
export function AttendanceTab({ event }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(ratesQueryOptions(event.id));
  if (query.isPending) return <Skeleton height={240} aria-label={t('common.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const rates = query.data;
  const held = rates.sessions.filter((session) => session.held).length;

  return (
    <Stack gap="xl">
      {rates.sessions.length === 0 ? (
        <EmptyState
          title={t('attendance.tab.noSessionsTitle')}
          description={t('attendance.tab.noSessions')}
        />
      ) : (
        <>
          <Paper withBorder p="md">
            <Group gap="xl" wrap="wrap">
              <div>
                <Text size="sm" c="dimmed">
                  {t('attendance.tab.eventRate')}
                </Text>
                <Text fz={32} fw={700} lh={1.1} data-testid="event-rate">
                  {formatRate(rates.event.rate, lang)}
                </Text>
              </div>
              <Stack gap={2}>
                <Text size="sm">
                  {t('attendance.tab.held', {
                    count: held,
                    total: formatNumber(rates.sessions.length, lang),
                  })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`attendance.lateRule.${rates.lateCountsAs}`)}
                </Text>
              </Stack>
            </Group>
          </Paper>
          {held === 0 && (
            <Text c="dimmed" role="status">
              {t('attendance.tab.noneHeld')}
            </Text>
          )}
          <Section title={t('attendance.tab.sessions')}>
            <SessionRates eventId={event.id} sessions={rates.sessions} timeZone={event.timeZone} />
          </Section>
          <Section title={t('attendance.tab.participants')}>
            <ParticipantRates rows={rates.participants} />
          </Section>
          <Section title={t('attendance.tab.conflicts')}>
            <ConflictsList eventId={event.id} timeZone={event.timeZone} sessions={rates.sessions} />
          </Section>
          <Section title={t('attendance.tab.exports')}>
            <ExportsPanel eventId={event.id} timeZone={event.timeZone} sessions={rates.sessions} />
          </Section>
        </>
      )}
      <Section title={t('attendance.tab.doorStaff')}>
        <DoorStaffPanel eventId={event.id} />
      </Section>
    </Stack>
  );
}
