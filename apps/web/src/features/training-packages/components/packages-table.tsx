import { Skeleton, Table } from '@mantine/core';
import { pickLocalized, type TrainingPackageSummary } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { formatDate, formatHours } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { PackageStatusBadge } from './package-status-badge';
import { AnchorLink } from '../../../components/links';

function Head() {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th scope="col">{t('packages.columns.title')}</Table.Th>
        <Table.Th scope="col">{t('packages.columns.version')}</Table.Th>
        <Table.Th scope="col">{t('packages.columns.status')}</Table.Th>
        <Table.Th scope="col">{t('packages.columns.modules')}</Table.Th>
        <Table.Th scope="col">{t('packages.columns.totalHours')}</Table.Th>
        <Table.Th scope="col">{t('packages.columns.updated')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

export function PackagesTable({ items }: { items: TrainingPackageSummary[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label={t('packages.tableLabel')}>
        <Head />
        <Table.Tbody>
          {items.map((pkg) => (
            <Table.Tr key={pkg.id}>
              <Table.Td>
                <AnchorLink to="/packages/$id" params={{ id: pkg.id }}>
                  {pickLocalized(pkg.title, lang) || t('packages.untitled')}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{pkg.version}</Table.Td>
              <Table.Td>
                <PackageStatusBadge status={pkg.status} />
              </Table.Td>
              <Table.Td>{pkg.moduleCount}</Table.Td>
              <Table.Td>{formatHours(pkg.totalHours, lang)}</Table.Td>
              <Table.Td>{formatDate(pkg.updatedAt, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function PackagesTableSkeleton({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t('packages.tableLabel')} aria-busy="true">
      <Head />
      <Table.Tbody>
        {Array.from({ length: rows }, (_, row) => (
          <Table.Tr key={row}>
            {Array.from({ length: 6 }, (_, cell) => (
              <Table.Td key={cell}>
                <Skeleton height={14} radius="sm" />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
