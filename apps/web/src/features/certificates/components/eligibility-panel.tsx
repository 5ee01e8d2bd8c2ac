import {
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import type { Eligibility, EligibilityEntry } from '@multaqa/contract';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { SearchField } from '../../../components/search-field';
import { TablePagination } from '../../../components/table-pagination';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { namesFor } from '../../../lib/person-names';
import {
  ELIGIBILITY_FILTERS,
  filterCounts,
  filterEligibility,
  type EligibilityFilter,
} from '../lib/eligibility-filter';

const PAGE_SIZE = 25;

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

/**
 * Everyone approved: their attendance, whether they qualify and, for the rest, why not; the
 * button that issues the missing certificates.
 */
export function EligibilityPanel({
  eligibility,
  canIssue,
  issuing,
  onIssue,
}: {
  eligibility: Eligibility;
  /** Admins issue; for others the button is disabled with the reason beside it. */
  canIssue: boolean;
  /** A job is issuing right now. */
  issuing: boolean;
  onIssue: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<EligibilityFilter>('all');
  const [page, setPage] = useState(1);
  const counts = filterCounts(eligibility.entries);
  const shown = useMemo(
    () => filterEligibility(eligibility.entries, filter, query),
    [eligibility.entries, filter, query],
  );
  const pageItems = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const toIssue = eligibility.counts.toIssue;
  const n = (value: number) => formatNumber(value, lang);

  const disabledReason = !canIssue
    ? t('certificates.issue.adminOnly')
    : !eligibility.rule
      ? t('certificates.issue.needsRule')
      : toIssue === 0
        ? t('certificates.issue.nobody')
        : null;

  return (
    <Stack gap="sm">
      <SimpleGrid
        cols={{ base: 2, sm: 4 }}
        spacing="sm"
        role="group"
        aria-label={t('certificates.eligibility.figures')}
      >
        <Figure
          testId="count-approved"
          label={t('certificates.eligibility.approved')}
          value={n(eligibility.counts.approved)}
        />
        <Figure
          testId="count-qualifying"
          label={t('certificates.eligibility.qualifying')}
          value={n(eligibility.counts.qualifying)}
        />
        <Figure
          testId="count-issued"
          label={t('certificates.eligibility.issued')}
          value={n(eligibility.counts.issued)}
        />
        <Figure
          testId="count-to-issue"
          label={t('certificates.eligibility.toIssue')}
          value={n(toIssue)}
        />
      </SimpleGrid>

      <Group gap="sm" align="center" wrap="wrap">
        <Button onClick={onIssue} disabled={disabledReason !== null || issuing} loading={issuing}>
          {t('certificates.issue.button', { count: toIssue, number: n(toIssue) })}
        </Button>
        {disabledReason && (
          <Text size="sm" c="dimmed">
            {disabledReason}
          </Text>
        )}
      </Group>

      <Group
        align="flex-end"
        gap="sm"
        wrap="wrap"
        role="search"
        aria-label={t('certificates.eligibility.search')}
      >
        <SearchField
          label={t('certificates.eligibility.search')}
          placeholder={t('badges.searchPlaceholder')}
          value={query}
          onSearch={(text) => {
            setQuery(text);
            setPage(1);
          }}
          w={{ base: '100%', sm: 260 }}
        />
        <NativeSelect
          label={t('certificates.eligibility.filter')}
          value={filter}
          onChange={(e) => {
            setFilter(e.currentTarget.value as EligibilityFilter);
            setPage(1);
          }}
          data={ELIGIBILITY_FILTERS.map((value) => ({
            value,
            label: t(`certificates.eligibility.filters.${value}`, { number: n(counts[value]) }),
          }))}
          w={{ base: '100%', sm: 240 }}
        />
      </Group>

      {eligibility.entries.length === 0 ? (
        <EmptyState
          title={t('certificates.eligibility.emptyTitle')}
          description={t('certificates.eligibility.emptyDescription')}
        />
      ) : shown.length === 0 ? (
        <EmptyState title={t('certificates.eligibility.noMatches')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label={t('certificates.eligibility.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('certificates.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('certificates.columns.attendance')}</Table.Th>
                  <Table.Th scope="col">{t('certificates.columns.eligibility')}</Table.Th>
                  <Table.Th scope="col">{t('certificates.columns.certificate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pageItems.map((entry) => (
                  <EligibilityRow key={entry.registrationId} entry={entry} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <TablePagination
            page={page}
            pageSize={PAGE_SIZE}
            total={shown.length}
            onChange={setPage}
          />
        </>
      )}
    </Stack>
  );
}

function EligibilityRow({ entry }: { entry: EligibilityEntry }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { main, other } = namesFor(entry, lang);
  return (
    <Table.Tr data-testid="eligibility-row">
      <Table.Td>
        <Text size="sm" fw={500}>
          {main}
        </Text>
        {other && (
          <Text size="xs" c="dimmed">
            {other}
          </Text>
        )}
        {entry.institutionName && (
          <Text size="xs" c="dimmed">
            {entry.institutionName}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {entry.ratePercent === null ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <>
            <Text size="sm" fw={500}>
              {t('certificates.eligibility.rate', {
                rate: formatNumber(Math.round(entry.ratePercent), lang),
              })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('certificates.eligibility.sessions', {
                attended: formatNumber(entry.attended, lang),
                held: formatNumber(entry.held, lang),
              })}
            </Text>
          </>
        )}
      </Table.Td>
      <Table.Td>
        {entry.qualifies ? (
          <Badge color="teal" variant="light">
            {t('certificates.eligibility.qualifies')}
          </Badge>
        ) : (
          <Stack gap={2}>
            <Badge color="orange" variant="light">
              {t('certificates.eligibility.notYet')}
            </Badge>
            <List size="xs" spacing={0}>
              {entry.reasons.map((reason) => (
                <List.Item key={reason}>{t(`certificates.reasons.${reason}`)}</List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        {entry.certificate ? (
          <Text size="sm" ff="monospace" dir="ltr" ta="start" style={{ whiteSpace: 'nowrap' }}>
            {entry.certificate.serial}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('certificates.eligibility.none')}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
