import { Skeleton, Stack, Table, Text } from '@mantine/core';
import type { AuditEntry } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { TablePagination } from '../../../components/table-pagination';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { HISTORY_PAGE_SIZE, historyQueryOptions, type HistoryScope } from '../api/history';

const show = (value: unknown) =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** For an update, each changed field as it was and as it became (stored values, as data). */
function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.action !== 'update') return <Text size="sm">{t(`audit.summary.${entry.action}`)}</Text>;
  return (
    <Stack gap={2}>
      {Object.keys(entry.after ?? {}).map((field) => (
        <Text key={field} size="sm" dir="auto">
          <code>{field}</code>: {show(entry.before?.[field])} → {show(entry.after?.[field])}
        </Text>
      ))}
    </Stack>
  );
}

/** Who changed what and when, newest first, a page at a time. */
export function HistoryTable({ scope, id }: { scope: HistoryScope; id: string }) {
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
              <Table.Th>{t('audit.columns.at')}</Table.Th>
              <Table.Th>{t('audit.columns.actor')}</Table.Th>
              <Table.Th>{t('audit.columns.record')}</Table.Th>
              <Table.Th>{t('audit.columns.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{formatDateTime(entry.at, lang)}</Table.Td>
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
