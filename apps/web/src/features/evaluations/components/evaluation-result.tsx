import { Alert, Stack, Text } from '@mantine/core';
import type { EvaluationKind, MyEvaluationResult } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useFigures } from '../lib/use-figures';

/** After answering: a test's score and whether it passed; a survey's thanks. */
export function EvaluationResultPanel({
  kind,
  result,
  passMark,
}: {
  kind: EvaluationKind;
  result: MyEvaluationResult;
  passMark: number;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const f = useFigures();
  if (kind === 'survey' || result.scorePercent === null) {
    return (
      <Alert color="teal" variant="light" role="status" title={t('evaluations.take.thanksTitle')}>
        {t('evaluations.take.thanks')}
      </Alert>
    );
  }
  const passed = result.passed === true;
  return (
    <Alert
      color={passed ? 'teal' : 'orange'}
      variant="light"
      role="status"
      title={t('evaluations.take.answeredTitle')}
      data-testid="evaluation-score"
    >
      <Stack gap={4}>
        <Text fz="xl" fw={700}>
          {t('evaluations.take.score', { score: f.percent(result.scorePercent) })}
        </Text>
        {kind === 'post_test' || result.passed !== null ? (
          <Text fw={600}>
            {passed
              ? t('evaluations.take.passed', { mark: formatNumber(passMark, lang) })
              : t('evaluations.take.notPassed', { mark: formatNumber(passMark, lang) })}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}
