import { Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  EVENT_TRANSITIONS,
  PUBLIC_EVENT_STATUSES,
  READ_ONLY_EVENT_STATUSES,
  type Event,
  type EventStatus,
} from '@multaqa/contract';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../../components/error-alert';
import { ButtonLink } from '../../../components/links';
import { useCopyEvent } from '../api/copy-event';
import { useTransitionEvent } from '../api/transition-event';
import { LocalizedDateInput } from '../../../components/date-fields';

/** Colours of the lifecycle buttons that need one. */
const TRANSITION_COLORS: Partial<Record<EventStatus, string>> = {
  cancelled: 'red',
  registration_open: 'teal',
};

/** Lifecycle moves (only those EVENT_TRANSITIONS allows), copy, edit and the public page link. */
export function EventActions({ event }: { event: Event }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const transition = useTransitionEvent(event.id);
  const copy = useCopyEvent(event.id);
  const [moving, setMoving] = useState<EventStatus | null>(null);
  const [reason, setReason] = useState('');
  const [copying, setCopying] = useState(false);
  const [copyDate, setCopyDate] = useState('');
  const readOnly = READ_ONLY_EVENT_STATUSES.includes(event.status);
  const next = EVENT_TRANSITIONS[event.status];

  const closeMove = () => {
    setMoving(null);
    setReason('');
    transition.reset();
  };

  return (
    <Group gap="sm">
      {!readOnly && (
        <ButtonLink to="/events/$id/edit" params={{ id: event.id }} variant="default">
          {t('events.actions.edit')}
        </ButtonLink>
      )}
      {next.map((to) => (
        <Button
          key={to}
          variant={to === 'cancelled' ? 'subtle' : 'light'}
          color={TRANSITION_COLORS[to]}
          onClick={() => setMoving(to)}
        >
          {t(`events.transition.${to}`)}
        </Button>
      ))}
      <Button variant="default" onClick={() => setCopying(true)}>
        {t('events.actions.copy')}
      </Button>
      {PUBLIC_EVENT_STATUSES.includes(event.status) && (
        // The public pages are the light entry: a full page load, not an in-app route.
        <Anchor href={`/e/${encodeURIComponent(event.id)}`} size="sm">
          {t('events.actions.publicPage')}
        </Anchor>
      )}

      <Modal
        opened={moving !== null}
        onClose={closeMove}
        title={moving ? t(`events.transition.${moving}`) : ''}
        centered
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        {moving && (
          <Stack gap="sm">
            <Text>
              {t('events.transitionConfirm', {
                from: t(`events.status.${event.status}`),
                to: t(`events.status.${moving}`),
              })}
            </Text>
            {moving === 'cancelled' && (
              <Textarea
                label={t('events.fields.cancelReason')}
                value={reason}
                maxLength={500}
                autosize
                minRows={2}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            )}
            {transition.isError && <ErrorAlert error={transition.error} />}
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={closeMove} disabled={transition.isPending}>
                {t('actions.cancel')}
              </Button>
              <Button
                color={moving === 'cancelled' ? 'red' : undefined}
                loading={transition.isPending}
                data-autofocus
                onClick={() =>
                  transition.mutate(
                    { to: moving, ...(reason.trim() ? { reason: reason.trim() } : {}) },
                    {
                      onSuccess: (updated) => {
                        closeMove();
                        notifications.show({
                          color: 'teal',
                          message: t('events.done.moved', {
                            status: t(`events.status.${updated.status}`),
                          }),
                        });
                      },
                    },
                  )
                }
              >
                {t(`events.transition.${moving}`)}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <Modal
        opened={copying}
        onClose={() => setCopying(false)}
        title={t('events.copy.title')}
        centered
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!copyDate) return;
            copy.mutate(copyDate, {
              onSuccess: (created) => {
                setCopying(false);
                notifications.show({ color: 'teal', message: t('events.done.copied') });
                void navigate({ to: '/events/$id', params: { id: created.id } });
              },
              onError: (error) =>
                notifications.show({
                  color: 'red',
                  title: t('errors.title'),
                  message: errorMessage(error),
                }),
            });
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('events.copy.explain')}</Text>
            <LocalizedDateInput
              label={t('events.copy.startDate')}
              required
              value={copyDate}
              onChange={setCopyDate}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setCopying(false)}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={copy.isPending} disabled={!copyDate}>
                {t('events.actions.copy')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
