import { Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { ButtonLink } from '../../../components/links';
import { TablePagination } from '../../../components/table-pagination';
import { useDocumentTitle } from '../../../lib/document-title';
import { EVENTS_PAGE_SIZE, listEventsQueryOptions } from '../api/list-events';
import { EventsFilters } from '../components/events-filters';
import { EventsTable, EventsTableSkeleton } from '../components/events-table';

const route = getRouteApi('/_authed/_events/events');

export function EventsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  useDocumentTitle(t('events.title'));

  const sort = search.sort ?? 'startDate';
  const order = search.order ?? 'desc';
  const page = search.page ?? 1;
  const query = useQuery(
    listEventsQueryOptions({
      q: search.q,
      kind: search.kind,
      status: search.status,
      countryCode: search.countryCode,
      from: search.from,
      to: search.to,
      sort,
      order,
      page,
      pageSize: EVENTS_PAGE_SIZE,
    }),
  );
  const filtered = !!(
    search.q ||
    search.kind ||
    search.status ||
    search.countryCode ||
    search.from ||
    search.to
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('events.title')}</Title>
        <ButtonLink to="/events/new">{t('events.new')}</ButtonLink>
      </Group>

      <EventsFilters
        values={{ ...search, sort, order }}
        onChange={(change) =>
          void navigate({
            search: (prev) => ({
              ...prev,
              ...change,
              q: ('q' in change ? change.q : prev.q) || undefined,
              page: undefined,
            }),
            replace: true,
          })
        }
      />

      {query.isPending ? (
        <EventsTableSkeleton />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        filtered ? (
          <EmptyState
            title={
              search.q ? t('events.empty.noResults', { q: search.q }) : t('events.empty.noMatches')
            }
            description={t('events.empty.tryAgain')}
          />
        ) : (
          <EmptyState
            title={t('events.empty.title')}
            description={t('events.empty.description')}
            action={<ButtonLink to="/events/new">{t('events.empty.create')}</ButtonLink>}
          />
        )
      ) : (
        <>
          <EventsTable items={query.data.items} />
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
