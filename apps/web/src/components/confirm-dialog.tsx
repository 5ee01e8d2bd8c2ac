import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** Red confirm button for destructive actions. */
  danger?: boolean;
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** A modal that asks before an action; Escape or Cancel closes it, focus returns to the trigger. */
export function ConfirmDialog({
  opened,
  title,
  message,
  confirmLabel,
  danger,
  loading,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <Text>{message}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} disabled={loading}>
          {t('actions.cancel')}
        </Button>
        <Button
          color={danger ? 'red' : undefined}
          onClick={onConfirm}
          loading={loading}
          data-autofocus
        >
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}

/**
 * Asks before removing the item at `index` of a list being edited (a module, a question, a
 * form field); shown while `index` is not null. The message gets the item's number, from 1.
 */
export function ConfirmRemoveItem({
  index,
  title,
  message,
  onRemove,
  onClose,
}: {
  index: number | null;
  title: string;
  /** Given the item's number, from 1. */
  message: (number: number) => string;
  onRemove: (index: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      opened={index !== null}
      title={title}
      message={message((index ?? 0) + 1)}
      confirmLabel={t('actions.remove')}
      danger
      onClose={onClose}
      onConfirm={() => {
        if (index !== null) onRemove(index);
        onClose();
      }}
    />
  );
}
