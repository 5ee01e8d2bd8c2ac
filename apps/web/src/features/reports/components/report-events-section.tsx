import { Stack, Title } from '@mantine/core';
import type { ReportFilters } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { SearchField } from '../../../components/search-field';
import { TablePagination } from '../../../components/table-pagination';
import { REPORT_EVENTS_PAGE_SIZE, reportEventsQueryOptions } from '../api/reports';
import { ReportEventsTable, ReportEventsTableSkeleton } from './report-events-table';

const route = getRouteApi('/_authed/_events/reports');

/** The events table under the figures: searchable, sortable, paged, all kept in the URL. */
export function ReportEventsSection({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const sort = search.sort ?? 'startDate';
  const order = search.order ?? 'desc';
  const page = search.page ?? 1;
  const query = useQuery(
    reportEventsQueryOptions({
      ...filters,
      search: search.q,
      sort,
      order,
      page,
      pageSize: REPORT_EVENTS_PAGE_SIZE,
    }),
  );
  const sorting = {
    sort,
    order,
    onSort: (nextSort: typeof sort, nextOrder: typeof order) =>
      void navigate({
        search: (prev) => ({
          ...prev,
          sort: nextSort === 'startDate' ? undefined : nextSort,
          order: nextOrder === 'desc' ? undefined : nextOrder,
          page: undefined,
        }),
        replace: true,
      }),
  };

  return (
    <Stack component="section" gap="sm" aria-labelledby="report-events">
      <Title order={2} size="h3" id="report-events">
        {t('reports.events.title')}
      </Title>
      <SearchField
        label={t('reports.events.search')}
        placeholder={t('reports.events.searchPlaceholder')}
        value={search.q}
        onSearch={(text) =>
          void navigate({
            search: (prev) => ({ ...prev, q: text || undefined, page: undefined }),
            replace: true,
          })
        }
        w={{ base: '100%', sm: 320 }}
      />
      {query.isPending ? (
        <ReportEventsTableSkeleton {...sorting} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState
          title={
            search.q ? t('reports.events.noResults', { q: search.q }) : t('reports.events.empty')
          }
        />
      ) : (
        <div aria-busy={query.isPlaceholderData}>
          <ReportEventsTable items={query.data.items} {...sorting} />
          <TablePagination
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            onChange={(next) =>
              void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) })
            }
          />
        </div>
      )}
    </Stack>
  );
}
