import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HistoryTable } from './history-table';

/** A person's "History" (admins): changes to their record and their registrations. */
export function ParticipantHistory({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('audit.title')}
      </Title>
      <HistoryTable scope="participant" id={participantId} />
    </Stack>
  );
}
