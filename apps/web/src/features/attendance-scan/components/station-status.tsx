import { Badge, Group, Text } from '@mantine/core';
import type { AttendanceCounts } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/error-alert';
import { formatDateTimeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { Connection } from '../lib/scan-station';

interface StationStatusProps {
  counts: AttendanceCounts;
  /** When the server made the lists this device holds. */
  listsAt: string;
  timeZone: string;
  connection: Connection;
  queued: number;
  syncError: unknown;
}

const CONNECTION_COLOURS: Record<Connection, string> = {
  online: 'green',
  offline: 'orange',
  syncing: 'blue',
};

/** Live counts and the network as the scanner sees it; the person never switches modes. */
export function StationStatus({
  counts,
  listsAt,
  timeZone,
  connection,
  queued,
  syncError,
}: StationStatusProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const checkedIn = counts.present + counts.late;
  return (
    <Group justify="space-between" gap="xs" wrap="wrap">
      <Text fw={600} data-testid="scan-counts">
        {t('scan.status.counts', { count: counts.expected, checkedIn })}
      </Text>
      <Badge
        size="lg"
        variant="light"
        color={CONNECTION_COLOURS[connection]}
        role="status"
        data-testid="scan-connection"
        data-connection={connection}
      >
        {queued === 0 && connection !== 'syncing'
          ? t(`scan.status.${connection}`)
          : t(`scan.status.${connection}Queued`, { count: queued })}
      </Badge>
      {connection === 'offline' && (
        <Text size="sm" c="dimmed" w="100%">
          {t('scan.status.listsAt', {
            time: formatDateTimeInZone(listsAt, currentLanguage(i18n), timeZone),
          })}
        </Text>
      )}
      {syncError !== null && (
        <Text size="sm" c="red.8" w="100%" role="alert">
          {t('scan.status.syncFailed', { reason: errorMessage(syncError) })}
        </Text>
      )}
    </Group>
  );
}
