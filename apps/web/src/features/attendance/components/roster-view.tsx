import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { AttendanceStatus, Roster } from '@multaqa/contract';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTimeRangeInZone, formatTimeZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useMarkAllPresent } from '../api/mark-all-present';
import { useMarkAttendance } from '../api/mark-attendance';
import { filterByName } from './name-search';
import { PathButton } from './path-button';
import { RosterCounts } from './roster-counts';
import { RosterEntryRow } from './roster-entry';
import { WalkInDialog } from './walk-in-dialog';

/** The roster itself: actions, live counts, the name search and one row per person expected. */
export function RosterView({
  eventId,
  roster,
  title,
}: {
  eventId: string;
  roster: Roster;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { session, counts } = roster;
  const mark = useMarkAttendance(eventId, session.id);
  const markAll = useMarkAllPresent(eventId, session.id);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [confirming, setConfirming] = useState(false);
  const [walkIn, setWalkIn] = useState(false);

  const shown = useMemo(
    () => filterByName(roster.entries, deferredSearch),
    [roster.entries, deferredSearch],
  );
  const { mutate } = mark;
  const onMark = useCallback(
    (participantId: string, status: AttendanceStatus) => mutate([{ participantId, status }]),
    [mutate],
  );
  const sessionPath = `/events/${encodeURIComponent(eventId)}/sessions/${encodeURIComponent(session.id)}`;

  return (
    <>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {formatDateTimeRangeInZone(session.startsAt, session.endsAt, lang, session.timeZone)}
          {' · '}
          {formatTimeZone(session.timeZone, lang)}
        </Text>
      </Stack>
      <Group gap="xs">
        <PathButton href={`${sessionPath}/scan`} variant="light">
          {t('attendance.roster.scan')}
        </PathButton>
        <PathButton href={`${sessionPath}/self-check-in`} variant="light">
          {t('attendance.roster.selfCheckIn')}
        </PathButton>
        <Button variant="light" onClick={() => setWalkIn(true)}>
          {t('attendance.walkIn.open')}
        </Button>
        <Button onClick={() => setConfirming(true)} disabled={counts.unmarked === 0}>
          {t('attendance.roster.markAll')}
        </Button>
      </Group>
      {mark.error && <ErrorAlert error={mark.error} title={t('attendance.roster.markFailed')} />}
      {markAll.error && <ErrorAlert error={markAll.error} />}
      <RosterCounts counts={counts} />
      <TextInput
        type="search"
        label={t('attendance.roster.search')}
        description={t('attendance.roster.searchHint')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      {roster.entries.length === 0 ? (
        <EmptyState
          title={t('attendance.roster.emptyTitle')}
          description={t('attendance.roster.empty')}
        />
      ) : shown.length === 0 ? (
        <Text c="dimmed" role="status">
          {t('attendance.roster.noMatch', { query: search.trim() })}
        </Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('attendance.roster.listLabel')}
        >
          {shown.map((entry) => (
            <RosterEntryRow
              key={entry.participantId}
              entry={entry}
              sessionStartsAt={session.startsAt}
              timeZone={session.timeZone}
              onMark={onMark}
            />
          ))}
        </Stack>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('attendance.roster.markAllTitle')}
        message={t('attendance.roster.markAllMessage', {
          count: counts.unmarked,
        })}
        confirmLabel={t('attendance.roster.markAllConfirm')}
        loading={markAll.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => markAll.mutate(undefined, { onSettled: () => setConfirming(false) })}
      />
      <WalkInDialog
        eventId={eventId}
        sessionId={session.id}
        opened={walkIn}
        onClose={() => setWalkIn(false)}
      />
    </>
  );
}
