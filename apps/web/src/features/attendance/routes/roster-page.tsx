import { Skeleton, Stack } from '@mantine/core';
import { pickLocalized } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { useDocumentTitle } from '../../../lib/document-title';
import { currentLanguage } from '../../../lib/i18n';
import { hasRole, useCurrentUser } from '../../../lib/session';
import { rosterQueryOptions } from '../api/get-roster';
import { RosterView } from '../components/roster-view';

const route = getRouteApi('/_authed/_attendance/events/$id/sessions/$sessionId/roster');

/** `/events/$id/sessions/$sessionId/roster`: for the event's coordinators and the session's trainers. */
export function RosterPage() {
  const { t, i18n } = useTranslation();
  const { id: eventId, sessionId } = route.useParams();
  const user = useCurrentUser();
  const query = useQuery(rosterQueryOptions(eventId, sessionId));
  const title = query.data
    ? pickLocalized(query.data.session.title, currentLanguage(i18n)) || t('events.untitled')
    : '';
  useDocumentTitle(
    title ? t('attendance.roster.documentTitle', { title }) : t('attendance.roster.title'),
  );

  return (
    <Stack gap="md" maw={760}>
      {hasRole(user, 'admin', 'coordinator') ? (
        <AnchorLink
          to="/events/$id"
          params={{ id: eventId }}
          search={{ tab: 'attendance' }}
          size="sm"
        >
          {t('attendance.roster.backToEvent')}
        </AnchorLink>
      ) : (
        <AnchorLink to="/attendance" size="sm">
          {t('attendance.roster.backToMine')}
        </AnchorLink>
      )}
      {query.isPending ? (
        <Stack aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={32} width="60%" />
          <Skeleton height={64} />
          <Skeleton height={320} />
        </Stack>
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <RosterView eventId={eventId} roster={query.data} title={title} />
      )}
    </Stack>
  );
}
