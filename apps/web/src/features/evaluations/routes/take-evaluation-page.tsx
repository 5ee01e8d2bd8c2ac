// The emailed link opens without the signed-in shell: this page brings the styles and the Arabic
// font the shell would load (base components before those built on them, see app/styles-base.ts).
import '@fontsource-variable/noto-sans-arabic';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Fieldset.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Skeleton.css';
import { Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { useDocumentTitle } from '../../../lib/document-title';
import { evaluationFormQueryOptions, type EvaluationSource } from '../api/take-evaluation';
import { EvaluationTaker } from '../components/evaluation-taker';

const portalRoute = getRouteApi('/_authed/my/evaluations/$id');
const linkRoute = getRouteApi('/_public/evaluate/$token');

function EvaluationFormLoader({ source }: { source: EvaluationSource }) {
  const { t } = useTranslation();
  const query = useQuery(evaluationFormQueryOptions(source));
  useDocumentTitle(
    query.data ? t(`evaluations.kind.${query.data.kind}`) : t('evaluations.mine.title'),
  );
  if (query.isPending) {
    return (
      <Stack aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={60} />
        <Skeleton height={200} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <EvaluationTaker form={query.data} source={source} />;
}

/** `/my/evaluations/$id`: taking an evaluation in the portal. */
export function TakeEvaluationPage() {
  const { t } = useTranslation();
  const { id } = portalRoute.useParams();
  return (
    <Stack gap="md" maw={720}>
      <AnchorLink to="/my/evaluations" size="sm">
        {t('evaluations.mine.back')}
      </AnchorLink>
      <EvaluationFormLoader source={{ evaluationId: id }} />
    </Stack>
  );
}

/** `/evaluate/$token`: the personal link from the email, without signing in. */
export function EvaluateByLinkPage() {
  const { token } = linkRoute.useParams();
  return (
    <Stack gap="md" maw={720} mx="auto" w="100%">
      <EvaluationFormLoader source={{ token }} />
    </Stack>
  );
}
