import { Badge, Group, Skeleton, Stack, Tabs, Title } from '@mantine/core';
import { pickLocalized, type Event } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ComponentType } from 'react';
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

/** What each tab shows. A new tab (registrations, attendance…) is one entry here and in EVENT_TABS. */
const TAB_PANELS: Record<EventTab, ComponentType<{ event: Event }>> = {
  overview: EventOverview,
  programme: ProgrammeTab,
};

export function EventDetailPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const { tab = 'overview' } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(eventQueryOptions(id));
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
              {EVENT_TABS.map((value) => (
                <Tabs.Tab key={value} value={value}>
                  {t(`events.tabs.${value}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {EVENT_TABS.map((value) => {
              const Panel = TAB_PANELS[value];
              return (
                <Tabs.Panel key={value} value={value} pt="md">
                  <Panel event={query.data} />
                </Tabs.Panel>
              );
            })}
          </Tabs>
        </>
      )}
    </Stack>
  );
}
