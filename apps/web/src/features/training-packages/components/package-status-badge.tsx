import { Badge } from '@mantine/core';
import type { PackageStatus } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';

const COLORS: Record<PackageStatus, string> = {
  draft: 'yellow',
  published: 'teal',
  archived: 'gray',
};

export function PackageStatusBadge({ status }: { status: PackageStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`packages.status.${status}`)}
    </Badge>
  );
}
