import { Skeleton, Table } from '@mantine/core';
import { pickLocalized, type EventSummary } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links';
import { formatCountry, formatDateRange } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { EventStatusBadge } from './event-status-badge';

const COLUMNS = ['title', 'kind', 'dates', 'place', 'status', 'sessions'] as const;

function Head() {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        {COLUMNS.map((column) => (
          <Table.Th key={column} scope="col">
            {t(`events.columns.${column}`)}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

export function EventsTable({ items }: { items: EventSummary[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label={t('events.tableLabel')}>
        <Head />
        <Table.Tbody>
          {items.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                <AnchorLink to="/events/$id" params={{ id: event.id }}>
                  {pickLocalized(event.title, lang) || t('events.untitled')}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{t(`events.kind.${event.kind}`)}</Table.Td>
              <Table.Td>{formatDateRange(event.startDate, event.endDate, lang)}</Table.Td>
              <Table.Td>
                {t('events.place', {
                  city: pickLocalized(event.city, lang),
                  country: formatCountry(event.countryCode, lang),
                })}
              </Table.Td>
              <Table.Td>
                <EventStatusBadge status={event.status} />
              </Table.Td>
              <Table.Td>{new Intl.NumberFormat(lang).format(event.sessionCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function EventsTableSkeleton({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t('events.tableLabel')} aria-busy="true">
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
