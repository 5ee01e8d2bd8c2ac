import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { pickLocalized, type MyEvaluation } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ButtonLink } from '../../../components/links';
import { PortalList } from '../../../components/portal-list';
import { useDocumentTitle } from '../../../lib/document-title';
import { formatDateTimeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { myEvaluationsQueryOptions } from '../api/take-evaluation';
import { EvaluationStateBadge } from '../components/evaluation-state-badge';
import { useFigures } from '../lib/use-figures';

/** `/my/evaluations`: the tests and surveys of the person's approved registrations. */
export function MyEvaluationsPage() {
  const { t } = useTranslation();
  const query = useQuery(myEvaluationsQueryOptions);
  useDocumentTitle(t('evaluations.mine.title'));

  return (
    <Stack gap="md">
      <Title order={1}>{t('evaluations.mine.title')}</Title>
      <PortalList
        query={query}
        empty={
          <EmptyState
            title={t('evaluations.mine.emptyTitle')}
            description={t('evaluations.mine.emptyDescription')}
          />
        }
      >
        {(items) =>
          items.map((evaluation) => (
            <MyEvaluationCard key={evaluation.evaluationId} evaluation={evaluation} />
          ))
        }
      </PortalList>
    </Stack>
  );
}

function MyEvaluationCard({ evaluation }: { evaluation: MyEvaluation }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const f = useFigures();
  const when = (iso: string) => formatDateTimeInZone(iso, lang, evaluation.event.timeZone);
  const { result } = evaluation;
  const kind = t(`evaluations.kind.${evaluation.kind}`);

  return (
    <Card withBorder component="li" padding="md" data-testid="my-evaluation">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{kind}</Text>
          {result ? (
            <Badge color="teal" variant="light">
              {t('evaluations.mine.answered')}
            </Badge>
          ) : (
            <EvaluationStateBadge state={evaluation.state} />
          )}
        </Group>
        <Text size="sm" dir="auto">
          {pickLocalized(evaluation.event.title, lang)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('evaluations.take.window', {
            opens: when(evaluation.opensAt),
            closes: when(evaluation.closesAt),
          })}
        </Text>
        {result && result.scorePercent !== null && (
          <Text size="sm" fw={600}>
            {t('evaluations.take.score', { score: f.percent(result.scorePercent) })}
            {result.passed !== null &&
              ` · ${t(result.passed ? 'evaluations.passed' : 'evaluations.failed')}`}
          </Text>
        )}
        {/* An answered survey has nothing more to show than its thanks. */}
        {(result ? evaluation.kind !== 'survey' : evaluation.state === 'open') && (
          <Group>
            <ButtonLink
              to="/my/evaluations/$id"
              params={{ id: evaluation.evaluationId }}
              size="sm"
              variant={result ? 'default' : 'filled'}
              aria-label={t(result ? 'evaluations.mine.viewNamed' : 'evaluations.mine.takeNamed', {
                kind,
              })}
            >
              {t(result ? 'evaluations.mine.view' : 'evaluations.mine.take')}
            </ButtonLink>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
