import { Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { pickLocalized } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { TablePagination } from '../../../components/table-pagination';
import { SearchField } from '../../../components/search-field';
import { useDocumentTitle } from '../../../lib/document-title';
import { formatCountry, formatDateRange, formatHijriDateRange } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { listPublicEventsQueryOptions, PUBLIC_EVENTS_PAGE_SIZE } from '../api/list-public-events';

const route = getRouteApi('/_public/e');

export function PublicEventsPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  useDocumentTitle(t('public.title'));
  const query = useQuery(
    listPublicEventsQueryOptions({
      q: search.q,
      page: search.page ?? 1,
      pageSize: PUBLIC_EVENTS_PAGE_SIZE,
    }),
  );

  return (
    <Stack gap="md">
      <Title order={1}>{t('public.title')}</Title>
      <SearchField
        role="searchbox"
        label={t('public.search')}
        placeholder={t('public.searchPlaceholder')}
        value={search.q}
        onSearch={(q) =>
          void navigate({ search: { q: q || undefined, page: undefined }, replace: true })
        }
      />
      {query.isPending ? (
        <Stack aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={90} />
          <Skeleton height={90} />
        </Stack>
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={search.q ? t('public.noResults', { q: search.q }) : t('public.empty')} />
      ) : (
        <>
          <SimpleGrid
            cols={{ base: 1, sm: 2 }}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {query.data.items.map((event) => (
              <Card key={event.id} withBorder component="li" padding="md">
                <Stack gap={4}>
                  <AnchorLink to="/e/$id" params={{ id: event.id }} fw={600}>
                    {pickLocalized(event.title, lang) || t('public.untitled')}
                  </AnchorLink>
                  <Text size="sm">{formatDateRange(event.startDate, event.endDate, lang)}</Text>
                  {lang === 'ar' && (
                    <Text size="xs" c="dimmed">
                      {formatHijriDateRange(event.startDate, event.endDate)}
                    </Text>
                  )}
                  <Text size="sm" c="dimmed">
                    {t('events.place', {
                      city: pickLocalized(event.city, lang),
                      country: formatCountry(event.countryCode, lang),
                    })}
                  </Text>
                  <Group gap={4}>
                    <Badge variant="light">{t(`events.status.${event.status}`)}</Badge>
                    <Badge variant="outline" color="gray">
                      {t(`events.kind.${event.kind}`)}
                    </Badge>
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
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
