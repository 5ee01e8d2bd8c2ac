import { Alert, Button, Group, Modal, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  pickLocalized,
  READ_ONLY_EVENT_STATUSES,
  type Event,
  type Session,
  type SessionType,
} from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { currentLanguage } from '../../../lib/i18n';
import { eachDate } from '../../../lib/time-zone';
import { useCreateSession } from '../api/create-session';
import { useDeleteSession } from '../api/delete-session';
import { sessionsQueryOptions } from '../api/list-sessions';
import { useUpdateSession } from '../api/update-session';
import { CoverageSummary, CoverageTable } from './coverage-table';
import { GenerateSessionsDialog } from './generate-sessions-dialog';
import { SessionForm } from './session-form';
import { useMoveSession } from './session-move';
import { emptySessionForm, sessionToForm } from './session-form-values';
import { Timetable } from './timetable';

type Editing = { mode: 'create'; date: string } | { mode: 'edit'; session: Session } | null;

/** The programme tab: the timetable editor, with coverage for trainings. */
export function ProgrammeTab({ event }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(sessionsQueryOptions(event.id));
  const createSession = useCreateSession(event.id);
  const updateSession = useUpdateSession(event.id);
  const deleteSession = useDeleteSession(event.id);
  const { move, conflictDialog } = useMoveSession(event);
  const [editing, setEditing] = useState<Editing>(null);
  const [generating, setGenerating] = useState(false);
  const readOnly = READ_ONLY_EVENT_STATUSES.includes(event.status);
  const days = eachDate(event.startDate, event.endDate);
  const defaultType: SessionType = event.kind === 'training' ? 'module' : 'plenary';
  const close = () => setEditing(null);

  const title =
    editing?.mode === 'edit'
      ? t('events.sessions.editTitle', {
          title: pickLocalized(editing.session.title, lang) || t('events.untitled'),
        })
      : t('events.sessions.newTitle');

  return (
    <Stack gap="md">
      {event.kind === 'training' && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('events.coverage.title')}
          </Title>
          <CoverageSummary event={event} />
          <CoverageTable event={event} />
        </Stack>
      )}

      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('events.programme.title')}
        </Title>
        {!readOnly && (
          <Group gap="sm">
            {event.kind === 'training' && (
              <Button variant="light" onClick={() => setGenerating(true)}>
                {t('events.generate.open')}
              </Button>
            )}
            <Button
              onClick={() => setEditing({ mode: 'create', date: days[0] ?? event.startDate })}
            >
              {t('events.programme.add')}
            </Button>
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('events.programme.zone', { zone: event.timeZone })}
        {!readOnly && ` ${t('events.programme.dragHint')}`}
      </Text>
      {readOnly && <Alert color="gray">{t('events.programme.readOnly')}</Alert>}

      {query.isPending ? (
        <Skeleton height={400} aria-label={t('common.loading')} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {query.data.length === 0 && (
            <Text c="dimmed">
              {event.kind === 'training'
                ? t('events.programme.emptyTraining')
                : t('events.programme.empty')}
            </Text>
          )}
          <Timetable
            days={days}
            sessions={query.data}
            readOnly={readOnly}
            onAdd={(date) => setEditing({ mode: 'create', date })}
            onOpen={(session) => setEditing({ mode: 'edit', session })}
            onMove={move}
          />
        </>
      )}

      <Modal
        opened={editing !== null}
        onClose={close}
        title={title}
        size="xl"
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        {editing?.mode === 'create' && (
          <SessionForm
            key={`new-${editing.date}`}
            event={event}
            days={days}
            initialValues={emptySessionForm(editing.date, defaultType)}
            submitLabel={title}
            onCancel={close}
            onSave={async (body) => {
              await createSession.mutateAsync(body);
              close();
              notifications.show({ color: 'teal', message: t('events.sessions.created') });
            }}
          />
        )}
        {editing?.mode === 'edit' && (
          <SessionForm
            key={editing.session.id}
            event={event}
            days={days}
            initialValues={sessionToForm(editing.session)}
            knownSpeakers={editing.session.speakers.flatMap((s) =>
              s.userId ? [{ id: s.userId, fullName: s.name }] : [],
            )}
            submitLabel={title}
            onCancel={close}
            onSave={async (body) => {
              await updateSession.mutateAsync({ sessionId: editing.session.id, body });
              close();
              notifications.show({ color: 'teal', message: t('events.sessions.updated') });
            }}
            onDelete={async () => {
              await deleteSession.mutateAsync(editing.session.id);
              close();
              notifications.show({ color: 'teal', message: t('events.sessions.deleted') });
            }}
          />
        )}
      </Modal>

      {conflictDialog}

      {event.kind === 'training' && (
        <GenerateSessionsDialog
          eventId={event.id}
          timeZone={event.timeZone}
          opened={generating}
          onClose={() => setGenerating(false)}
          onDone={(count) => {
            setGenerating(false);
            notifications.show({ color: 'teal', message: t('events.generate.done', { count }) });
          }}
        />
      )}
    </Stack>
  );
}
