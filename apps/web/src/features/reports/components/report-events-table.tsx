import { Skeleton, Table, UnstyledButton } from '@mantine/core';
import { pickLocalized, type ReportEventRow, type ReportEventsQuery } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links';
import { formatCalendarDate, formatCountry } from '../../../lib/format';
import { useReportFormat } from '../lib/report-format';
import { FigureCell } from './figure-cell';

type Sort = ReportEventsQuery['sort'];
type Order = ReportEventsQuery['order'];

const COLUMNS: { key: string; sort?: Sort }[] = [
  { key: 'title', sort: 'title' },
  { key: 'kind' },
  { key: 'startDate', sort: 'startDate' },
  { key: 'country' },
  { key: 'participants', sort: 'participants' },
  { key: 'officialsTrained', sort: 'trained' },
  { key: 'attendanceRate', sort: 'attendance' },
  { key: 'certificatesIssued' },
  { key: 'knowledgeGain' },
  { key: 'satisfaction' },
];

interface SortProps {
  sort: Sort;
  order: Order;
  /** A column's heading was pressed: sort by it, or turn its order round. */
  onSort: (sort: Sort, order: Order) => void;
}

function Head({ sort, order, onSort }: SortProps) {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        {COLUMNS.map((column) => {
          const label = t(`reports.columns.${column.key}`);
          if (!column.sort) {
            return (
              <Table.Th key={column.key} scope="col">
                {label}
              </Table.Th>
            );
          }
          const active = column.sort === sort;
          const next: Order =
            active && order === 'desc'
              ? 'asc'
              : active
                ? 'desc'
                : column.sort === 'title'
                  ? 'asc'
                  : 'desc';
          return (
            <Table.Th
              key={column.key}
              scope="col"
              aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              <UnstyledButton
                fw={700}
                fz="sm"
                onClick={() => onSort(column.sort!, next)}
                aria-label={t(`reports.events.sortBy_${next}`, { column: label })}
              >
                {label}
                {active && <span aria-hidden> {order === 'asc' ? '▲' : '▼'}</span>}
              </UnstyledButton>
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}

interface ReportEventsTableProps extends SortProps {
  items: ReportEventRow[];
}

/** The held events behind the figures, each linking to its page. */
export function ReportEventsTable({ items, ...sorting }: ReportEventsTableProps) {
  const { t } = useTranslation();
  const f = useReportFormat();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover aria-label={t('reports.events.tableLabel')}>
        <Head {...sorting} />
        <Table.Tbody>
          {items.map((row) => (
            <Table.Tr key={row.eventId}>
              <Table.Td>
                <AnchorLink to="/events/$id" params={{ id: row.eventId }}>
                  {pickLocalized(row.title, f.lang) || t('reports.untitled')}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{t(`events.kind.${row.kind}`)}</Table.Td>
              <Table.Td>{formatCalendarDate(row.startDate, f.lang)}</Table.Td>
              <Table.Td>{formatCountry(row.countryCode, f.lang)}</Table.Td>
              <FigureCell>{f.number(row.participants)}</FigureCell>
              <FigureCell>{f.number(row.officialsTrained)}</FigureCell>
              <FigureCell>{f.percent(row.attendanceRatePercent)}</FigureCell>
              <FigureCell>{f.number(row.certificatesIssued)}</FigureCell>
              <FigureCell>{f.points(row.knowledgeGainPoints)}</FigureCell>
              <FigureCell>{f.outOfFive(row.satisfactionMean)}</FigureCell>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ReportEventsTableSkeleton(sorting: SortProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table aria-label={t('reports.events.tableLabel')} aria-busy="true">
        <Head {...sorting} />
        <Table.Tbody>
          {Array.from({ length: 5 }, (_, row) => (
            <Table.Tr key={row}>
              {COLUMNS.map((column) => (
                <Table.Td key={column.key}>
                  <Skeleton height={14} radius="sm" />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
