import { Badge, Group, Skeleton, Stack, Tabs, Title } from '@mantine/core';
import { pickLocalized, type Event } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { useDocumentTitle } from '../../../lib/document-title';
import { currentLanguage } from '../../../lib/i18n';
import { eventQueryOptions } from '../api/get-event';
import { EventActions } from '../components/event-actions';
import { EventOverview } from '../components/event-overview';
import { EventStatusBadge } from '../components/event-status-badge';
import { ProgrammeTab } from '../components/programme-tab';
import { EVENT_TABS, type EventTab } from './events-search';

const route = getRouteApi('/_authed/_events/events/$id');

type TabPanel = ComponentType<{ event: Event }>;

/**
 * What each tab shows. A new tab is one entry in EVENT_TABS and either one here or, for a panel
 * that belongs to another feature (registrations…), one passed in by the router as `panels`.
 */
const TAB_PANELS: Partial<Record<EventTab, TabPanel>> = {
  overview: EventOverview,
  programme: ProgrammeTab,
};

export function EventDetailPage({ panels }: { panels?: Partial<Record<EventTab, TabPanel>> }) {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const { tab = 'overview' } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(eventQueryOptions(id));
  const tabPanels = { ...TAB_PANELS, ...panels };
  const tabs = EVENT_TABS.filter((value) => tabPanels[value]);
  const title = query.data
    ? pickLocalized(query.data.title, currentLanguage(i18n)) || t('events.untitled')
    : '';
  useDocumentTitle(title || t('events.title'));

  return (
    <Stack gap="md">
      <AnchorLink to="/events" size="sm">
        {t('events.detail.backToList')}
      </AnchorLink>
      {query.isPending ? (
        <Stack aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={32} width="60%" />
          <Skeleton height={20} width="30%" />
          <Skeleton height={240} />
        </Stack>
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Stack gap="xs">
            <Title order={1}>{title}</Title>
            <Group gap="xs">
              <EventStatusBadge status={query.data.status} />
              <Badge variant="outline" color="gray">
                {t(`events.kind.${query.data.kind}`)}
              </Badge>
              <Badge variant="outline" color="gray">
                {t(`events.mode.${query.data.mode}`)}
              </Badge>
            </Group>
          </Stack>
          <EventActions event={query.data} />
          <Tabs
            value={tab}
            onChange={(value) => {
              const next = EVENT_TABS.find((t) => t === value);
              if (next)
                void navigate({
                  search: { tab: next === 'overview' ? undefined : next },
                  replace: true,
                });
            }}
            keepMounted={false}
          >
            <Tabs.List aria-label={t('events.tabs.label')}>
              {tabs.map((value) => (
                <Tabs.Tab key={value} value={value}>
                  {t(`events.tabs.${value}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {tabs.map((value) => {
              const Panel = tabPanels[value]!;
              return (
                <Tabs.Panel key={value} value={value} pt="md">
                  <Suspense fallback={<Skeleton height={240} />}>
                    <Panel event={query.data} />
                  </Suspense>
                </Tabs.Panel>
              );
            })}
          </Tabs>
        </>
      )}
    </Stack>
  );
}
