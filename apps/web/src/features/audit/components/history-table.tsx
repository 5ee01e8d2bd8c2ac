import { Skeleton, Stack, Table, Text } from '@mantine/core';
import type { AuditEntry } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { TablePagination } from '../../../components/table-pagination';
import { formatDateTime, formatDateTimeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { HISTORY_PAGE_SIZE, historyQueryOptions, type HistoryScope } from '../api/history';

/** Statuses read as the rest of the app names them; other stored values are shown as data. */
const STATUS_TERMS: Record<string, string> = {
  events: 'events.status',
  registrations: 'registrations.status',
  training_packages: 'packages.status',
};

/** For an update, each changed field as it was and as it became. */
function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.action !== 'update') return <Text size="sm">{t(`audit.summary.${entry.action}`)}</Text>;
  const show = (field: string, value: unknown) => {
    if (value === null || value === undefined) return '—';
    const terms = field === 'status' ? STATUS_TERMS[entry.entityType] : undefined;
    if (terms && typeof value === 'string') return t(`${terms}.${value}`, { defaultValue: value });
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  return (
    <Stack gap={2}>
      {Object.keys(entry.after ?? {}).map((field) => (
        <Text key={field} size="sm" dir="auto">
          {t(`audit.fields.${field}`, { defaultValue: field })}:{' '}
          {show(field, entry.before?.[field])} → {show(field, entry.after?.[field])}
        </Text>
      ))}
    </Stack>
  );
}

/** Who changed what and when, newest first, a page at a time. */
export function HistoryTable({
  scope,
  id,
  timeZone,
}: {
  scope: HistoryScope;
  id: string;
  /** An event's history reads on the event's clock, like every other time of the event. */
  timeZone?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [page, setPage] = useState(1);
  const query = useQuery(historyQueryOptions(scope, id, page));

  if (query.isPending) return <Skeleton height={200} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.total === 0) return <EmptyState title={t('audit.empty')} />;
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label={t('audit.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                {t('audit.columns.at')}
                {timeZone && (
                  <Text component="span" display="block" size="xs" c="dimmed" fw={400}>
                    {t('registrations.eventTime')}
                  </Text>
                )}
              </Table.Th>
              <Table.Th>{t('audit.columns.actor')}</Table.Th>
              <Table.Th>{t('audit.columns.record')}</Table.Th>
              <Table.Th>{t('audit.columns.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  {timeZone
                    ? formatDateTimeInZone(entry.at, lang, timeZone)
                    : formatDateTime(entry.at, lang)}
                </Table.Td>
                <Table.Td>{entry.actor?.fullName || t('audit.noActor')}</Table.Td>
                <Table.Td>
                  {t(`audit.entity.${entry.entityType}`, { defaultValue: entry.entityType })}
                </Table.Td>
                <Table.Td>
                  <Changes entry={entry} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePagination
        page={page}
        pageSize={HISTORY_PAGE_SIZE}
        total={query.data.total}
        onChange={setPage}
      />
    </>
  );
}
