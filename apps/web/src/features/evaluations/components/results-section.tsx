import {
  Badge,
  Card,
  Group,
  Paper,
  ScrollArea,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  pickLocalized,
  type EvaluationResults,
  type Event,
  type ParticipantTestResult,
  type SurveyItemResult,
} from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { currentLanguage } from '../../../lib/i18n';
import { nameFor } from '../../../lib/person-names';
import { evaluationResultsQueryOptions } from '../api/event-evaluations';
import { sortParticipants, type ParticipantSort } from '../lib/sort-participants';
import { useFigures } from '../lib/use-figures';

/** The results of the event's tests and survey, for its staff. */
export function ResultsSection({ event }: { event: Event }) {
  const { t } = useTranslation();
  const query = useQuery(evaluationResultsQueryOptions(event.id));

  return (
    <Card withBorder component="section" aria-labelledby="evaluation-results-title" padding="md">
      <Stack gap="md">
        <Title order={2} size="h4" id="evaluation-results-title">
          {t('evaluations.results.title')}
        </Title>
        {query.isPending ? (
          <Stack aria-busy="true" aria-label={t('common.loading')}>
            <Skeleton height={80} />
            <Skeleton height={160} />
          </Stack>
        ) : query.isError ? (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.cohort.preTaken +
            query.data.cohort.postTaken +
            query.data.cohort.surveyResponses ===
          0 ? (
          <EmptyState
            title={t('evaluations.results.emptyTitle')}
            description={t('evaluations.results.emptyDescription')}
          />
        ) : (
          <Results results={query.data} />
        )}
      </Stack>
    </Card>
  );
}

function Results({ results }: { results: EvaluationResults }) {
  const { t } = useTranslation();
  const f = useFigures();
  const { cohort } = results;
  const figures = [
    {
      label: t('evaluations.results.preMean'),
      value: f.percent(cohort.preMeanPercent),
      hint: t('evaluations.results.taken', {
        count: cohort.approved,
        taken: f.number(cohort.preTaken),
        approved: f.number(cohort.approved),
      }),
    },
    {
      label: t('evaluations.results.postMean'),
      value: f.percent(cohort.postMeanPercent),
      hint: t('evaluations.results.taken', {
        count: cohort.approved,
        taken: f.number(cohort.postTaken),
        approved: f.number(cohort.approved),
      }),
    },
    {
      label: t('evaluations.results.gain'),
      value: f.points(cohort.gainPoints),
      hint: t('evaluations.results.gainHint'),
    },
    {
      label: t('evaluations.results.passRate'),
      value: f.percent(cohort.passRatePercent),
      hint: t('evaluations.results.passRateHint'),
    },
    {
      label: t('evaluations.results.satisfaction'),
      value: f.mean(cohort.satisfactionMean),
      hint: t('evaluations.results.responses', {
        count: cohort.surveyResponses,
        number: f.number(cohort.surveyResponses),
      }),
    },
  ];

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" component="dl" m={0}>
        {figures.map((figure) => (
          <Paper key={figure.label} withBorder p="sm" radius="md">
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {figure.label}
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700}>
              {figure.value}
            </Text>
            <Text component="dd" m={0} size="xs" c="dimmed">
              {figure.hint}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <ParticipantsTable rows={results.participants} />
      <SurveyTable rows={results.survey} />
      <Comments results={results} />
    </Stack>
  );
}

function SortHeader({
  column,
  sort,
  order,
  onSort,
  label,
}: {
  column: ParticipantSort;
  sort: ParticipantSort;
  order: 'asc' | 'desc';
  onSort: (column: ParticipantSort) => void;
  label: string;
}) {
  const active = column === sort;
  return (
    <Table.Th aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(column)} fw={700} fz="sm">
        {label}
        <span aria-hidden>{active ? (order === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

function ParticipantsTable({ rows }: { rows: ParticipantTestResult[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const f = useFigures();
  const [sort, setSort] = useState<ParticipantSort>('name');
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const nameOf = (r: ParticipantTestResult) => nameFor(r, lang);
  const sorted = sortParticipants(rows, sort, order, nameOf, lang);
  const onSort = (column: ParticipantSort) => {
    if (column === sort) setOrder(order === 'asc' ? 'desc' : 'asc');
    else {
      setSort(column);
      setOrder(column === 'name' ? 'asc' : 'desc');
    }
  };
  const header = { sort, order, onSort };

  return (
    <ResultsPart
      id="evaluation-participants-title"
      title={t('evaluations.results.participants')}
      empty={rows.length === 0 ? t('evaluations.results.noParticipants') : null}
    >
      <ResultsTable
        labelledBy="evaluation-participants-title"
        minWidth={560}
        head={
          <>
            <SortHeader column="name" label={t('evaluations.results.name')} {...header} />
            <SortHeader column="pre" label={t('evaluations.results.pre')} {...header} />
            <SortHeader column="post" label={t('evaluations.results.post')} {...header} />
            <SortHeader column="gain" label={t('evaluations.results.gainColumn')} {...header} />
            <SortHeader column="passed" label={t('evaluations.results.passed')} {...header} />
          </>
        }
      >
        {sorted.map((r) => (
          <Table.Tr key={r.registrationId} data-testid="evaluation-participant">
            <Table.Td>
              <Text size="sm" fw={500} dir="auto">
                {nameOf(r)}
              </Text>
              {r.institution && (
                <Text size="xs" c="dimmed" dir="auto">
                  {pickLocalized(r.institution.name, lang)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{f.percent(r.prePercent)}</Table.Td>
            <Table.Td>{f.percent(r.postPercent)}</Table.Td>
            <Table.Td>{f.points(r.gainPoints)}</Table.Td>
            <Table.Td>
              {r.postPassed === null ? (
                '—'
              ) : (
                <Badge color={r.postPassed ? 'teal' : 'red'} variant="light">
                  {t(r.postPassed ? 'evaluations.passed' : 'evaluations.failed')}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </ResultsTable>
    </ResultsPart>
  );
}

/** One titled part of the results: what it holds, or a line saying there is nothing yet. */
function ResultsPart({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      {empty === null ? (
        children
      ) : (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      )}
    </Stack>
  );
}

/** A results table that scrolls sideways on a phone rather than squeezing its columns. */
function ResultsTable({
  labelledBy,
  minWidth,
  head,
  children,
}: {
  labelledBy: string;
  minWidth: number;
  head: ReactNode;
  children: ReactNode;
}) {
  return (
    <ScrollArea type="auto">
      <Table striped miw={minWidth} aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>{head}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

const BAR_COLORS = ['red.6', 'orange.5', 'gray.5', 'teal.4', 'teal.7'];

/** How many gave 1 … 5, as one bar split in five; the numbers are in its label and tooltip. */
function DistributionBar({ distribution }: { distribution: number[] }) {
  const { t } = useTranslation();
  const f = useFigures();
  const total = distribution.reduce((a, b) => a + b, 0);
  const label = distribution
    .map((n, i) =>
      t('evaluations.results.distributionPart', {
        rating: f.number(i + 1),
        count: n,
        number: f.number(n),
      }),
    )
    .join(t('evaluations.results.separator'));
  return (
    <Group
      gap={0}
      wrap="nowrap"
      w={160}
      h={14}
      role="img"
      aria-label={label}
      title={label}
      style={{ borderRadius: 4, overflow: 'hidden', background: 'var(--mantine-color-gray-2)' }}
    >
      {total > 0 &&
        distribution.map((n, i) =>
          n > 0 ? (
            <Paper
              key={i}
              h="100%"
              radius={0}
              bg={BAR_COLORS[i]}
              style={{ width: `${(n / total) * 100}%` }}
            />
          ) : null,
        )}
    </Group>
  );
}

function SurveyTable({ rows }: { rows: SurveyItemResult[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const f = useFigures();
  const ratings = rows.filter((r) => r.count > 0 || r.mean !== null);
  return (
    <ResultsPart
      id="evaluation-survey-title"
      title={t('evaluations.results.survey')}
      empty={ratings.length === 0 ? t('evaluations.results.noSurvey') : null}
    >
      <ResultsTable
        labelledBy="evaluation-survey-title"
        minWidth={620}
        head={
          <>
            <Table.Th>{t('evaluations.results.item')}</Table.Th>
            <Table.Th>{t('evaluations.results.subject')}</Table.Th>
            <Table.Th>{t('evaluations.results.count')}</Table.Th>
            <Table.Th>{t('evaluations.results.mean')}</Table.Th>
            <Table.Th>{t('evaluations.results.distribution')}</Table.Th>
          </>
        }
      >
        {ratings.map((r) => (
          <Table.Tr key={`${r.itemId}:${r.sessionId ?? ''}:${r.trainerId ?? ''}`}>
            <Table.Td>{pickLocalized(r.prompt, lang)}</Table.Td>
            <Table.Td dir="auto">{r.subject ?? t('evaluations.scope.event')}</Table.Td>
            <Table.Td>{f.number(r.count)}</Table.Td>
            <Table.Td fw={600}>{f.mean(r.mean)}</Table.Td>
            <Table.Td>
              <DistributionBar distribution={r.distribution} />
            </Table.Td>
          </Table.Tr>
        ))}
      </ResultsTable>
    </ResultsPart>
  );
}

function Comments({ results }: { results: EvaluationResults }) {
  const { t } = useTranslation();
  return (
    <ResultsPart
      id="evaluation-comments-title"
      title={t('evaluations.results.comments')}
      empty={results.comments.length === 0 ? t('evaluations.results.noComments') : null}
    >
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {results.comments.map((c, i) => (
          <Paper component="li" key={i} withBorder p="sm" radius="md">
            {c.subject && (
              <Text size="xs" c="dimmed" dir="auto">
                {c.subject}
              </Text>
            )}
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-line' }}>
              {c.text}
            </Text>
          </Paper>
        ))}
      </Stack>
    </ResultsPart>
  );
}
