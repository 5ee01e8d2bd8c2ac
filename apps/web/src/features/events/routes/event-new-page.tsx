import { Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/document-title';
import { hasRole, useCurrentUser } from '../../../lib/session';
import { useCreateEvent, type CreateEventBody } from '../api/create-event';
import { EventForm } from '../components/event-form';
import { emptyEventForm } from '../components/event-form-values';

export function EventNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const createEvent = useCreateEvent();
  const [initialValues] = useState(emptyEventForm);
  useDocumentTitle(t('events.newTitle'));

  return (
    <Stack gap="md">
      <Title order={1}>{t('events.newTitle')}</Title>
      <EventForm
        mode="create"
        initialValues={initialValues}
        canChooseCoordinators={hasRole(user, 'admin')}
        submitLabel={t('events.newTitle')}
        onSave={async (body) => {
          const event = await createEvent.mutateAsync(body as CreateEventBody);
          await navigate({ to: '/events/$id', params: { id: event.id } });
        }}
        onCancel={() => void navigate({ to: '/events' })}
      />
    </Stack>
  );
}
