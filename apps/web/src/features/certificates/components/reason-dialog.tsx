import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { revokeCertificateSchema } from '@multaqa/contract';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { TextareaField } from '../../../components/text-fields';
import { schemaResolver } from '../../../lib/form';
import { useSave } from '../../../lib/use-save';

export type ReasonAction = 'revoke' | 'reissue';

/**
 * Revoking or re-issuing a certificate: both ask why (the public page shows a revocation's
 * reason), and the dialog is the confirmation.
 */
export function ReasonDialog({
  action,
  name,
  serial,
  onConfirm,
  onClose,
}: {
  action: ReasonAction;
  /** The dialog is open while a certificate is given. */
  name: string | null;
  serial: string;
  onConfirm: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<{ reason: string }>({
    resolver: schemaResolver(revokeCertificateSchema),
    defaultValues: { reason: '' },
    shouldFocusError: false,
  });
  const { formRef, save, saveError, onInvalid } = useSave(form);
  const submit = form.handleSubmit(
    (values) => save(() => onConfirm(values.reason.trim())),
    onInvalid,
  );
  return (
    <Modal
      opened={name !== null}
      onClose={onClose}
      title={t(`certificates.${action}.title`)}
      centered
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form ref={formRef} noValidate onSubmit={submit}>
        <Stack gap="sm">
          {saveError && <ErrorAlert error={saveError.error} details={saveError.details} />}
          <Text>
            {t(`certificates.${action}.message`, { name, serial: `\u2066${serial}\u2069` })}
          </Text>
          <TextareaField
            control={form.control}
            name="reason"
            label={t(`certificates.${action}.reason`)}
            description={t(`certificates.${action}.reasonHint`)}
            required
            maxLength={300}
            autosize
            minRows={2}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={form.formState.isSubmitting}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={form.formState.isSubmitting}>
              {t(`certificates.${action}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
