import { Button, Checkbox, Skeleton, Table, Text } from '@mantine/core';
import { pickLocalized, type Registration } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { namesFor } from '../../../lib/person-names';
import { BadgeCell } from './badge-cell';
import type { RegistrationBadges } from './badge-history';

export function BadgesTable({
  items,
  badges,
  timeZone,
  selected,
  onToggle,
  onToggleAll,
  onReissue,
}: {
  items: Registration[];
  badges: ReadonlyMap<string, RegistrationBadges>;
  timeZone: string;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (checked: boolean) => void;
  onReissue: (registration: Registration) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const allChecked = items.length > 0 && items.every((r) => selected.has(r.id));
  const someChecked = items.some((r) => selected.has(r.id));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label={t('badges.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={40}>
              <Checkbox
                aria-label={t('badges.selectPage')}
                checked={allChecked}
                indeterminate={someChecked && !allChecked}
                onChange={(e) => onToggleAll(e.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th scope="col">{t('badges.columns.name')}</Table.Th>
            <Table.Th scope="col">
              {t('badges.columns.badge')}
              <Text component="span" display="block" size="xs" c="dimmed" fw={400}>
                {t('badges.eventTime')}
              </Text>
            </Table.Th>
            <Table.Th scope="col">{t('badges.columns.institution')}</Table.Th>
            <Table.Th scope="col">{t('badges.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => {
            const { main: name, other } = namesFor(r.participant, lang);
            const institution = r.participant.institution;
            return (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('badges.select', { name })}
                    checked={selected.has(r.id)}
                    onChange={() => onToggle(r.id)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                  {other && (
                    <Text size="xs" c="dimmed">
                      {other}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <BadgeCell badges={badges.get(r.id)} timeZone={timeZone} />
                </Table.Td>
                <Table.Td>{institution ? pickLocalized(institution.name, lang) : '—'}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => onReissue(r)}
                    aria-label={t('badges.reissue.named', { name })}
                  >
                    {t('badges.reissue.action')}
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

export function BadgesTableSkeleton() {
  return (
    <div aria-busy="true">
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} height={28} mb={8} />
      ))}
    </div>
  );
}
