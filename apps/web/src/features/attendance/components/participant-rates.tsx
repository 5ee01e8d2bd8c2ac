import { Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { pickLocalized, type AttendanceRates } from '@multaqa/contract';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TablePagination } from '../../../components/table-pagination';
import { currentLanguage } from '../../../lib/i18n';
import { namesFor } from '../../../lib/person-names';
import { filterByName } from './name-search';
import {
  formatAttended,
  formatRate,
  sortParticipantRates,
  type ParticipantRate,
  type RateSortKey,
} from './rates';

const PAGE_SIZE = 25;

/** Each participant's rate: searchable by name in either script, sortable, a page at a time. */
export function ParticipantRates({ rows }: { rows: AttendanceRates['participants'] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [sort, setSort] = useState<{ key: RateSortKey; direction: 'asc' | 'desc' }>({
    key: 'name',
    direction: 'asc',
  });
  const [page, setPage] = useState(1);

  const sorted = useMemo(
    () =>
      sortParticipantRates(filterByName(rows, deferredSearch), sort.key, sort.direction, lang, {
        name: (row: ParticipantRate) => namesFor(row, lang).main,
        institution: (row: ParticipantRate) =>
          row.institution ? pickLocalized(row.institution.name, lang) : '',
      }),
    [rows, deferredSearch, sort, lang],
  );
  const lastPage = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const current = Math.min(page, lastPage);
  const pageRows = sorted.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  const header = (key: RateSortKey, label: string, end = false) => {
    const active = sort.key === key;
    return (
      <Table.Th
        scope="col"
        ta={end ? 'end' : undefined}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <UnstyledButton
          fw={700}
          fz="sm"
          onClick={() => {
            setSort({ key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' });
            setPage(1);
          }}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('attendance.participants.search')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        maw={360}
      />
      {sorted.length === 0 ? (
        <Text c="dimmed" role="status">
          {rows.length === 0
            ? t('attendance.participants.empty')
            : t('attendance.roster.noMatch', { query: search.trim() })}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('attendance.participants.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  {header('name', t('attendance.participants.name'))}
                  {header('rate', t('attendance.rate'), true)}
                  <Table.Th scope="col" ta="end">
                    {t('attendance.participants.attended')}
                  </Table.Th>
                  {header('institution', t('attendance.participants.institution'))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pageRows.map((row) => {
                  const { main, other } = namesFor(row, lang);
                  return (
                    <Table.Tr key={row.participantId}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          <bdi>{main}</bdi>
                        </Text>
                        {other && (
                          <Text size="xs" c="dimmed">
                            <bdi>{other}</bdi>
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="end" fw={600}>
                        {formatRate(row.rate.rate, lang)}
                      </Table.Td>
                      <Table.Td ta="end">
                        {t('attendance.participants.attendedOf', {
                          attended: formatAttended(row.rate.attended, lang),
                          held: formatAttended(row.rate.held, lang),
                        })}
                      </Table.Td>
                      <Table.Td>
                        {row.institution ? pickLocalized(row.institution.name, lang) : '—'}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <TablePagination
            page={current}
            pageSize={PAGE_SIZE}
            total={sorted.length}
            onChange={setPage}
          />
        </>
      )}
    </Stack>
  );
}
