import { Button, Skeleton, Table, Text } from '@mantine/core';
import { pickLocalized, type Participant } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links';
import { formatCountry, formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { nameFor } from '../../../lib/person-names';

const COLUMNS = [
  'name',
  'institution',
  'nationality',
  'contact',
  'registrations',
  'actions',
] as const;

export function ParticipantsTable({
  items,
  onEdit,
}: {
  items: Participant[];
  onEdit: (p: Participant) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label={t('participants.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => (
              <Table.Th key={c} scope="col">
                {t(`participants.columns.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => {
            const name = nameFor(p, lang);
            const other = lang === 'ar' ? p.fullNameLatin : p.fullNameAr;
            return (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <AnchorLink to="/participants/$id" params={{ id: p.id }} fw={500}>
                    {name}
                  </AnchorLink>
                  {other && other !== name && (
                    <Text size="xs" c="dimmed">
                      {other}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{p.institution ? pickLocalized(p.institution.name, lang) : '—'}</Table.Td>
                <Table.Td>{formatCountry(p.nationality, lang)}</Table.Td>
                <Table.Td>
                  <Text size="sm" dir="ltr" ta="start">
                    {p.email ?? '—'}
                  </Text>
                  {p.phone && (
                    <Text size="xs" c="dimmed" dir="ltr" ta="start">
                      {p.phone}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatNumber(p.registrationCount, lang)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => onEdit(p)}
                    aria-label={t('participants.editNamed', { name })}
                  >
                    {t('actions.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ParticipantsTableSkeleton() {
  return (
    <div aria-busy="true">
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} height={28} mb={8} />
      ))}
    </div>
  );
}
