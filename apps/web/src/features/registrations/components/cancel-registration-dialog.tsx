import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';

/** Cancel one registration, after confirming, with an optional reason. */
export function CancelRegistrationDialog({
  name,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  name: string | null;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string | undefined) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Modal
      opened={name !== null}
      onClose={onClose}
      title={t('registrations.cancel.title')}
      centered
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <Stack gap="sm">
        {error ? <ErrorAlert error={error} /> : null}
        <Text>{t('registrations.cancel.message', { name })}</Text>
        <Textarea
          label={t('registrations.bulk.reason')}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('actions.back')}
          </Button>
          <Button
            color="red"
            loading={pending}
            onClick={() => onConfirm(reason.trim() || undefined)}
            data-autofocus
          >
            {t('registrations.cancel.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
