import { Alert, Stack, Title } from '@mantine/core';
import { pickLocalized } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useDocumentTitle } from '../../../lib/document-title';
import { currentLanguage } from '../../../lib/i18n';
import { packageQueryOptions } from '../api/get-package';
import { useUpdatePackage } from '../api/update-package';
import { PackageEditor } from '../components/package-editor';
import { packageToForm } from '../components/package-form-values';
import { PackageViewSkeleton } from '../components/package-view';
import { ButtonLink } from '../../../components/links';

const route = getRouteApi('/_authed/_packages/packages/$id/edit');

export function PackageEditPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = route.useNavigate();
  const query = useQuery(packageQueryOptions(id));
  const updatePackage = useUpdatePackage(id);
  const title = query.data ? pickLocalized(query.data.title, currentLanguage(i18n)) : '';
  useDocumentTitle(t('editor.editTitle', { title }));

  if (query.isPending) return <PackageViewSkeleton />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  const pkg = query.data;
  return (
    <Stack gap="md">
      <Title order={1}>{t('editor.editTitle', { title })}</Title>
      {pkg.status !== 'draft' ? (
        <Alert color="yellow" title={t('editor.notEditableTitle')}>
          {t('editor.notEditable')}
          <ButtonLink mt="sm" display="block" to="/packages/$id" params={{ id }}>
            {t('detail.backToPackage')}
          </ButtonLink>
        </Alert>
      ) : (
        <PackageEditor
          key={pkg.updatedAt}
          initialValues={packageToForm(pkg)}
          lineageId={pkg.lineageId}
          submitLabel={t('editor.editTitle', { title })}
          onSave={async (body) => {
            await updatePackage.mutateAsync(body);
            await navigate({ to: '/packages/$id', params: { id } });
          }}
          onCancel={() => void navigate({ to: '/packages/$id', params: { id } })}
        />
      )}
    </Stack>
  );
}
