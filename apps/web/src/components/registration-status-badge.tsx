import { Badge } from '@mantine/core';
import type { RegistrationStatus } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';

const COLORS: Record<RegistrationStatus, string> = {
  submitted: 'blue',
  approved: 'teal',
  waitlisted: 'yellow',
  rejected: 'red',
  cancelled: 'gray',
};

/** A registration's status, in words and colour (the words carry the meaning). */
export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`registrations.status.${status}`)}
    </Badge>
  );
}
