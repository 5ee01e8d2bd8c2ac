import { Button, Skeleton, Table } from '@mantine/core';
import { pickLocalized, type Institution } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { formatCountry } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

const COLUMNS = ['name', 'acronym', 'kind', 'country', 'parent', 'actions'] as const;

function Head() {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        {COLUMNS.map((column) => (
          <Table.Th key={column} scope="col">
            {t(`institutions.columns.${column}`)}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

export function InstitutionsTable({
  items,
  onEdit,
}: {
  items: Institution[];
  /** Absent when the reader may not edit. */
  onEdit?: (institution: Institution) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover aria-label={t('institutions.tableLabel')}>
        <Head />
        <Table.Tbody>
          {items.map((institution) => {
            const name = pickLocalized(institution.name, lang) || t('institutions.untitled');
            return (
              <Table.Tr key={institution.id}>
                <Table.Td>{name}</Table.Td>
                <Table.Td dir="ltr">{institution.acronym ?? '—'}</Table.Td>
                <Table.Td>{t(`institutions.kind.${institution.kind}`)}</Table.Td>
                <Table.Td>{formatCountry(institution.countryCode, lang)}</Table.Td>
                <Table.Td>
                  {institution.parent ? pickLocalized(institution.parent.name, lang) : '—'}
                </Table.Td>
                <Table.Td>
                  {onEdit && (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => onEdit(institution)}
                      aria-label={t('institutions.editNamed', { name })}
                    >
                      {t('actions.edit')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function InstitutionsTableSkeleton({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t('institutions.tableLabel')} aria-busy="true">
      <Head />
      <Table.Tbody>
        {Array.from({ length: rows }, (_, row) => (
          <Table.Tr key={row}>
            {COLUMNS.map((column) => (
              <Table.Td key={column}>
                <Skeleton height={14} radius="sm" />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
