import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

export type BulkAction = 'approve' | 'reject' | 'waitlist';

/** Asks before approving, rejecting or waitlisting the chosen registrations; a reason is optional. */
export function BulkActionDialog({
  action,
  count,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  action: BulkAction | null;
  count: number;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string | undefined) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [reason, setReason] = useState('');
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={action ? t(`registrations.bulk.confirmTitle.${action}`) : ''}
      centered
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <Stack gap="sm">
        {error ? <ErrorAlert error={error} /> : null}
        <Text>
          {t('registrations.bulk.confirmMessage', { count, formatted: formatNumber(count, lang) })}
        </Text>
        <Textarea
          label={t('registrations.bulk.reason')}
          description={t('registrations.bulk.reasonHint')}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('actions.cancel')}
          </Button>
          <Button
            color={action === 'reject' ? 'red' : undefined}
            loading={pending}
            onClick={() => onConfirm(reason.trim() || undefined)}
            data-autofocus
          >
            {action ? t(`registrations.bulk.actions.${action}`) : ''}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
