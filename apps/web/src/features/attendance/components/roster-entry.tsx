import { Group, Paper, Stack, Text } from '@mantine/core';
import { pickLocalized, type AttendanceStatus, type RosterEntry } from '@multaqa/contract';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { namesFor } from '../../../lib/person-names';
import { StatusButtons } from './status-buttons';
import { formatTakenAt } from './taken-at';

interface RosterEntryRowProps {
  entry: RosterEntry;
  sessionStartsAt: string;
  timeZone: string;
  onMark: (participantId: string, status: AttendanceStatus) => void;
}

/** One person expected: both names, the institution, the four statuses, and who marked them how and when. */
export const RosterEntryRow = memo(function RosterEntryRow({
  entry,
  sessionStartsAt,
  timeZone,
  onMark,
}: RosterEntryRowProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { main, other } = namesFor(entry, lang);
  const record = entry.attendance;
  return (
    <Paper component="li" withBorder p="xs" data-testid="roster-entry">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} size="sm">
              <bdi>{main}</bdi>
            </Text>
            {other && (
              <Text size="xs" c="dimmed">
                <bdi>{other}</bdi>
              </Text>
            )}
          </div>
          {entry.institution && (
            <Text size="xs" c="dimmed" ta="end" maw="45%" lineClamp={2}>
              {pickLocalized(entry.institution.name, lang)}
            </Text>
          )}
        </Group>
        <StatusButtons
          name={main}
          value={record?.status ?? null}
          onChange={(status) => onMark(entry.participantId, status)}
        />
        {record && (
          <Text size="xs" c="dimmed">
            {[
              t(`attendance.method.${record.method}`),
              formatTakenAt(record.takenAt, sessionStartsAt, lang, timeZone),
              record.takenBy?.fullName,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
});
