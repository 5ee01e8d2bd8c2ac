import { Alert, Skeleton, Stack, Title } from '@mantine/core';
import { pickLocalized, READ_ONLY_EVENT_STATUSES } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ButtonLink } from '../../../components/links';
import { useDocumentTitle } from '../../../lib/document-title';
import { currentLanguage } from '../../../lib/i18n';
import { hasRole, useCurrentUser } from '../../../lib/session';
import { eventQueryOptions } from '../api/get-event';
import { useUpdateEvent, type UpdateEventBody } from '../api/update-event';
import { EventForm } from '../components/event-form';
import { eventToForm } from '../components/event-form-values';

const route = getRouteApi('/_authed/_events/events/$id/edit');

export function EventEditPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = route.useNavigate();
  const user = useCurrentUser();
  const query = useQuery(eventQueryOptions(id));
  const updateEvent = useUpdateEvent(id);
  const title = query.data ? pickLocalized(query.data.title, currentLanguage(i18n)) : '';
  useDocumentTitle(t('events.editTitle', { title }));

  if (query.isPending)
    return (
      <Stack aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={32} width="50%" />
        <Skeleton height={240} />
      </Stack>
    );
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  const event = query.data;
  const backToEvent = (
    <ButtonLink mt="sm" display="block" to="/events/$id" params={{ id }}>
      {t('events.detail.backToEvent')}
    </ButtonLink>
  );
  return (
    <Stack gap="md">
      <Title order={1}>{t('events.editTitle', { title })}</Title>
      {READ_ONLY_EVENT_STATUSES.includes(event.status) ? (
        <Alert color="yellow" title={t('events.detail.readOnlyTitle')}>
          {t('events.detail.readOnly')}
          {backToEvent}
        </Alert>
      ) : (
        <EventForm
          key={event.updatedAt}
          mode="edit"
          event={event}
          initialValues={eventToForm(event)}
          canChooseCoordinators={hasRole(user, 'admin')}
          submitLabel={t('events.editTitle', { title })}
          onSave={async (body) => {
            await updateEvent.mutateAsync(body as UpdateEventBody);
            await navigate({ to: '/events/$id', params: { id } });
          }}
          onCancel={() => void navigate({ to: '/events/$id', params: { id } })}
        />
      )}
    </Stack>
  );
}
