import { Alert, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { DEFAULT_TRAINED_MIN_ATTENDANCE_PERCENT } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { hasRole, useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/document-title';
import { useChosenInstitution } from '../api/chosen-institution';
import { dashboardQueryOptions } from '../api/reports';
import { DownloadButtons } from '../components/download-buttons';
import { ReportCharts } from '../components/report-charts';
import { ReportEventsSection } from '../components/report-events-section';
import { ReportsFilters } from '../components/reports-filters';
import { SummaryTiles, SummaryTilesSkeleton } from '../components/summary-tiles';
import { formatPercent } from '../lib/report-format';
import { filtersOf, hasFilters, withFilter, withoutFilters } from '../lib/report-search';

const route = getRouteApi('/_authed/_events/reports');

/** `/reports`: the year-end figures, their breakdowns and the events behind them. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const user = useCurrentUser();
  useDocumentTitle(t('reports.title'));

  const filters = useMemo(() => filtersOf(search), [search]);
  const filtered = hasFilters(search);
  const query = useQuery(dashboardQueryOptions(filters, lang));
  const dashboard = query.data;
  const institution = useChosenInstitution(filters.institutionId, dashboard);
  // Coordinators who are not also admins see their own events' figures only.
  const ownEventsOnly = hasRole(user, 'coordinator') && !hasRole(user, 'admin');

  return (
    <Stack gap="md">
      <Title order={1}>{t('reports.title')}</Title>
      {ownEventsOnly && (
        <Alert variant="light" color="blue">
          {t('reports.coordinatorNote')}
        </Alert>
      )}

      <ReportsFilters
        values={filters}
        years={dashboard?.years ?? []}
        institution={institution}
        filtered={filtered}
        onChange={(change) =>
          void navigate({ search: (prev) => withFilter(prev, change), replace: true })
        }
        onClear={() => void navigate({ search: (prev) => withoutFilters(prev), replace: true })}
      />

      {query.isPending ? (
        <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={28} width="70%" />
          <SummaryTilesSkeleton />
          <Skeleton height={260} />
        </Stack>
      ) : query.isError && !dashboard ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : dashboard ? (
        <Stack
          gap="md"
          aria-busy={query.isPlaceholderData}
          opacity={query.isPlaceholderData ? 0.6 : 1}
        >
          {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
          <Paper withBorder p="md" radius="md" bg="var(--mantine-color-teal-light)">
            <Text fz="lg" fw={600} data-testid="report-summary">
              {dashboard.summary}
            </Text>
            <Text size="sm" mt="xs">
              {t('reports.trained_definition', {
                percent: formatPercent(DEFAULT_TRAINED_MIN_ATTENDANCE_PERCENT, lang),
              })}
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {t('reports.refreshedAt', { date: formatDateTime(dashboard.refreshedAt, lang) })}
            </Text>
          </Paper>
          <Group justify="flex-start">
            <DownloadButtons filters={filters} />
          </Group>
          {dashboard.totals.eventsHeld === 0 ? (
            <EmptyState
              title={filtered ? t('reports.empty.noMatches') : t('reports.empty.title')}
              description={filtered ? t('reports.empty.tryAgain') : t('reports.empty.description')}
            />
          ) : (
            <>
              <section aria-labelledby="report-figures">
                <Title order={2} size="h3" id="report-figures" mb="sm">
                  {t('reports.figures')}
                </Title>
                <SummaryTiles totals={dashboard.totals} />
              </section>
              <ReportCharts dashboard={dashboard} />
            </>
          )}
        </Stack>
      ) : null}

      <ReportEventsSection filters={filters} />
    </Stack>
  );
}
