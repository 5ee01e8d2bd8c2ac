import { Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { TablePagination } from '../../../components/table-pagination';
import { useDocumentTitle } from '../../../lib/document-title';
import { canManagePackages, useCurrentUser } from '../../../lib/session';
import { listPackagesQueryOptions, PACKAGES_PAGE_SIZE } from '../api/list-packages';
import { PackagesFilters } from '../components/packages-filters';
import { PackagesTable, PackagesTableSkeleton } from '../components/packages-table';
import { ButtonLink } from '../../../components/links';

const route = getRouteApi('/_authed/_packages/packages');

export function PackagesPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const user = useCurrentUser();
  const canManage = canManagePackages(user);
  useDocumentTitle(t('packages.title'));

  const sort = search.sort ?? 'updatedAt';
  const order = search.order ?? 'desc';
  const page = search.page ?? 1;
  const query = useQuery(
    listPackagesQueryOptions({
      q: search.q,
      status: search.status,
      sort,
      order,
      page,
      pageSize: PACKAGES_PAGE_SIZE,
    }),
  );

  const createButton = canManage && <ButtonLink to="/packages/new">{t('packages.new')}</ButtonLink>;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('packages.title')}</Title>
        {createButton}
      </Group>

      <PackagesFilters
        q={search.q ?? ''}
        status={search.status}
        sort={sort}
        order={order}
        showStatus={canManage}
        onChange={(change) =>
          void navigate({
            search: (prev) => ({
              ...prev,
              ...change,
              q: (change.q ?? prev.q) || undefined,
              page: undefined,
            }),
            replace: true,
          })
        }
      />

      {query.isPending ? (
        <PackagesTableSkeleton />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        search.q || search.status ? (
          <EmptyState
            title={
              search.q
                ? t('packages.empty.noResults', { q: search.q })
                : t('packages.empty.noMatches')
            }
            description={t('packages.empty.tryAgain')}
          />
        ) : (
          <EmptyState
            title={t('packages.empty.title')}
            description={
              canManage ? t('packages.empty.descriptionManager') : t('packages.empty.description')
            }
            action={
              canManage && <ButtonLink to="/packages/new">{t('packages.empty.create')}</ButtonLink>
            }
          />
        )
      ) : (
        <>
          <PackagesTable items={query.data.items} />
          <TablePagination
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            onChange={(next) =>
              void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) })
            }
          />
        </>
      )}
    </Stack>
  );
}
