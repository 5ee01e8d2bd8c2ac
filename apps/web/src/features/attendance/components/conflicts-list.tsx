import { Badge, Skeleton, Table, Text } from '@mantine/core';
import { pickLocalized, type AttendanceRates } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTimeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { conflictsQueryOptions } from '../api/list-conflicts';

/**
 * What scanners sent that was not simply stored (two devices disagreeing, a revoked or forged
 * badge…): listed with the device's time and the time it reached the server, never dropped.
 */
export function ConflictsList({
  eventId,
  timeZone,
  sessions,
}: {
  eventId: string;
  timeZone: string;
  sessions: AttendanceRates['sessions'];
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(conflictsQueryOptions(eventId));
  if (query.isPending) return <Skeleton height={80} aria-label={t('common.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) return <Text c="dimmed">{t('attendance.conflicts.empty')}</Text>;

  const titles = new Map(
    sessions.map((s) => [s.sessionId, pickLocalized(s.title, lang) || t('events.untitled')]),
  );
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped aria-label={t('attendance.conflicts.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            {(
              [
                'kind',
                'participant',
                'session',
                'status',
                'takenAt',
                'receivedAt',
                'takenBy',
              ] as const
            ).map((column) => (
              <Table.Th key={column} scope="col">
                {t(`attendance.conflicts.columns.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data.map((conflict) => (
            <Table.Tr key={conflict.id}>
              <Table.Td>
                <Badge
                  variant="light"
                  color={conflict.outcome === 'refused' ? 'red' : 'orange'}
                  style={{ textTransform: 'none' }}
                >
                  {t(`attendance.conflicts.kind.${conflict.kind}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t(`attendance.conflicts.outcome.${conflict.outcome}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <bdi>{conflict.participantName ?? '—'}</bdi>
              </Table.Td>
              <Table.Td>{titles.get(conflict.sessionId) ?? '—'}</Table.Td>
              <Table.Td>{t(`attendance.status.${conflict.status}`)}</Table.Td>
              <Table.Td>{formatDateTimeInZone(conflict.takenAt, lang, timeZone)}</Table.Td>
              <Table.Td>{formatDateTimeInZone(conflict.receivedAt, lang, timeZone)}</Table.Td>
              <Table.Td>
                {conflict.takenBy?.fullName ?? '—'}
                <Text size="xs" c="dimmed" dir="ltr" ta="start">
                  {t('attendance.conflicts.device', { id: conflict.deviceId.slice(0, 8) })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
