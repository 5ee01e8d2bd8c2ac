import { Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { generateSessionsSchema } from '@multaqa/contract';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { SwitchField } from '../../../components/choice-fields';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { FormErrorText } from '../../../components/form-error';
import { TextField } from '../../../components/text-fields';
import { schemaResolver } from '../../../lib/form';
import { useGenerateSessions, type GenerateSessionsBody } from '../api/generate-sessions';

type Values = z.input<typeof generateSessionsSchema>;

/** "Generate from package": a day plan and a room; replacing an existing programme is confirmed first. */
export function GenerateSessionsDialog({
  eventId,
  timeZone,
  opened,
  onClose,
  onDone,
}: {
  eventId: string;
  timeZone: string;
  opened: boolean;
  onClose: () => void;
  onDone: (count: number) => void;
}) {
  const { t } = useTranslation();
  const generate = useGenerateSessions(eventId);
  const [confirming, setConfirming] = useState<GenerateSessionsBody | null>(null);
  const form = useForm<Values, unknown, GenerateSessionsBody>({
    resolver: schemaResolver(generateSessionsSchema),
    defaultValues: {
      dayStart: '09:00',
      breakStart: '12:00',
      breakEnd: '13:00',
      dayEnd: '16:00',
      room: '',
      replaceExisting: false,
    },
  });

  const run = (body: GenerateSessionsBody) =>
    generate.mutate(body, {
      onSuccess: (sessions) => {
        setConfirming(null);
        onDone(sessions.length);
      },
      onError: () => setConfirming(null),
    });

  const submit = form.handleSubmit((body) => {
    if (body.replaceExisting) setConfirming(body);
    else run(body);
  });

  const close = () => {
    generate.reset();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('events.generate.title')}
      centered
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form noValidate onSubmit={submit} aria-label={t('events.generate.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('events.generate.explain', { zone: timeZone })}</Text>
          {generate.isError && <ErrorAlert error={generate.error} />}
          <SimpleGrid cols={2}>
            <TextField
              control={form.control}
              name="dayStart"
              type="time"
              label={t('events.generate.dayStart')}
            />
            <TextField
              control={form.control}
              name="dayEnd"
              type="time"
              label={t('events.generate.dayEnd')}
            />
            <TextField
              control={form.control}
              name="breakStart"
              type="time"
              label={t('events.generate.breakStart')}
            />
            <TextField
              control={form.control}
              name="breakEnd"
              type="time"
              label={t('events.generate.breakEnd')}
            />
          </SimpleGrid>
          <FormErrorText error={form.formState.errors.breakStart} />
          <TextField
            control={form.control}
            name="room"
            label={t('events.sessions.fields.room')}
            maxLength={100}
          />
          <SwitchField
            control={form.control}
            name="replaceExisting"
            label={t('events.generate.replace')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={generate.isPending && !confirming}>
              {t('events.generate.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirming !== null}
        title={t('events.generate.replaceTitle')}
        message={t('events.generate.replaceMessage')}
        confirmLabel={t('events.generate.replaceConfirm')}
        danger
        loading={generate.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => confirming && run(confirming)}
      />
    </Modal>
  );
}
