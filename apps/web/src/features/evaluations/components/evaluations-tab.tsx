import { SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { EVALUATION_KINDS, type Event } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { eventEvaluationsQueryOptions } from '../api/event-evaluations';
import { questionBankQueryOptions } from '../api/question-bank';
import { EvaluationCard } from './evaluation-card';
import { ResultsSection } from './results-section';

/** The Evaluations tab of an event: its pre-test, post-test and survey, then their results. */
export function EvaluationsTab({ event }: { event: Event }) {
  const { t } = useTranslation();
  const evaluations = useQuery(eventEvaluationsQueryOptions(event.id));
  const packageId = event.package?.id;
  const bank = useQuery({
    ...questionBankQueryOptions(packageId ?? ''),
    enabled: packageId !== undefined,
  });

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('evaluations.tab.intro')}
      </Text>
      {evaluations.isPending || (packageId !== undefined && bank.isPending) ? (
        <SimpleGrid cols={{ base: 1, md: 3 }} aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={180} />
          <Skeleton height={180} />
          <Skeleton height={180} />
        </SimpleGrid>
      ) : evaluations.isError ? (
        <ErrorAlert error={evaluations.error} onRetry={() => void evaluations.refetch()} />
      ) : bank.isError ? (
        <ErrorAlert error={bank.error} onRetry={() => void bank.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {EVALUATION_KINDS.map((kind) => (
            <EvaluationCard
              key={kind}
              event={event}
              kind={kind}
              evaluation={evaluations.data.find((e) => e.kind === kind)}
              bank={packageId === undefined ? null : (bank.data?.questions ?? [])}
            />
          ))}
        </SimpleGrid>
      )}
      <ResultsSection event={event} />
    </Stack>
  );
}
