import { Skeleton, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

/**
 * One of a participant's lists in the portal, in each of its states: loading, failed (with a
 * retry), empty (saying what to do next), or its items as cards (`component="li"`) in a list.
 */
export function PortalList<T>({
  query,
  empty,
  children,
}: {
  query: UseQueryResult<T[]>;
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Stack aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={100} />
        <Skeleton height={100} />
      </Stack>
    );
  }
  if (query.isError) {
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data.length === 0) return empty;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {children(query.data)}
    </Stack>
  );
}
