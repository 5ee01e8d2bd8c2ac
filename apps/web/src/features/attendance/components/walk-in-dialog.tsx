import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useCreateWalkIn } from '../api/create-walk-in';
import { WalkInForm } from './walk-in-form';

/** The walk-in form in a dialog over the roster; the roster shows the person checked in once saved. */
export function WalkInDialog({
  eventId,
  sessionId,
  opened,
  onClose,
}: {
  eventId: string;
  sessionId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateWalkIn(eventId);
  // At the door, on a phone: the whole screen for the form, its fields one under the other.
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('attendance.walkIn.title')}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {opened && (
        <WalkInForm
          sessionId={sessionId}
          onCancel={onClose}
          onSave={async (body) => {
            const entry = await create.mutateAsync(body);
            if (entry.attendance)
              notifications.show({
                color: 'teal',
                message: t('attendance.walkIn.done', {
                  status: t(`attendance.status.${entry.attendance.status}`),
                }),
              });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
