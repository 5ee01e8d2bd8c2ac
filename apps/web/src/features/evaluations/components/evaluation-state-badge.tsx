import { Badge } from '@mantine/core';
import type { EvaluationState } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';

const COLORS: Record<EvaluationState, string> = { scheduled: 'blue', open: 'teal', closed: 'gray' };

export function EvaluationStateBadge({ state }: { state: EvaluationState }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[state]} variant="light">
      {t(`evaluations.state.${state}`)}
    </Badge>
  );
}
