import { Badge } from '@mantine/core';
import type { EventStatus } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';

const COLORS: Record<EventStatus, string> = {
  draft: 'yellow',
  registration_open: 'teal',
  registration_closed: 'orange',
  in_progress: 'blue',
  completed: 'grape',
  archived: 'gray',
  cancelled: 'red',
};

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`events.status.${status}`)}
    </Badge>
  );
}
