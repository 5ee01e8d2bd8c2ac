import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { reissueBadgeSchema, type ReissueBadgeInput } from '@multaqa/contract';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { TextareaField } from '../../../components/text-fields';
import { schemaResolver } from '../../../lib/form';
import { useSave } from '../../../lib/use-save';

/**
 * Replace a lost or damaged badge. The reason is required: it is what a door steward reads when
 * the old badge is refused at a scanner.
 */
export function ReissueBadgeDialog({
  name,
  onConfirm,
  onClose,
}: {
  /** The person's name; the dialog is open while it is set. */
  name: string | null;
  onConfirm: (input: ReissueBadgeInput) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<ReissueBadgeInput>({
    resolver: schemaResolver(reissueBadgeSchema),
    defaultValues: { reason: '' },
    shouldFocusError: false,
  });
  const { formRef, save, saveError, onInvalid } = useSave(form);
  const submit = form.handleSubmit(
    (values) => save(() => onConfirm({ reason: values.reason.trim() })),
    onInvalid,
  );
  return (
    <Modal
      opened={name !== null}
      onClose={onClose}
      title={t('badges.reissue.title')}
      centered
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form ref={formRef} noValidate onSubmit={submit}>
        <Stack gap="sm">
          {saveError && <ErrorAlert error={saveError.error} details={saveError.details} />}
          <Text>{t('badges.reissue.message', { name })}</Text>
          <TextareaField
            control={form.control}
            name="reason"
            label={t('badges.reissue.reason')}
            description={t('badges.reissue.reasonHint')}
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
              {t('badges.reissue.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
