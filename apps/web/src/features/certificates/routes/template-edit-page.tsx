import { Badge, Group, Skeleton, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { useDocumentTitle } from '../../../lib/document-title';
import { templateQueryOptions, useCreateTemplate, useUpdateTemplate } from '../api/templates';
import { TemplateEditor } from '../components/template-editor';
import { starterDesign } from '../lib/template-defaults';

const route = getRouteApi('/_authed/_certificates/certificates/templates/$id');

function BackLink() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/certificates/templates" size="sm">
      {t('certificates.templates.back')}
    </AnchorLink>
  );
}

/** `/certificates/templates/new`: a new template, from a starter design. */
export function TemplateNewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('certificates.templates.new'));
  const create = useCreateTemplate();
  const navigate = useNavigate();
  return (
    <Stack gap="md">
      <BackLink />
      <Title order={1}>{t('certificates.templates.new')}</Title>
      <TemplateEditor
        initial={starterDesign(t('certificates.templates.defaultName'))}
        submitLabel={t('certificates.editor.create')}
        onSave={async (design) => {
          const created = await create.mutateAsync(design);
          notifications.show({
            color: 'teal',
            message: t('certificates.editor.created'),
            closeButtonProps: { 'aria-label': t('actions.close') },
          });
          await navigate({ to: '/certificates/templates/$id', params: { id: created.id } });
        }}
      />
    </Stack>
  );
}

/** `/certificates/templates/$id`: editing a template, with its live preview. */
export function TemplateEditPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useQuery(templateQueryOptions(id));
  const update = useUpdateTemplate(id);
  useDocumentTitle(query.data?.name ?? t('certificates.templates.title'));
  return (
    <Stack gap="md">
      <BackLink />
      {query.isPending ? (
        <Skeleton height={400} aria-busy="true" aria-label={t('common.loading')} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Group gap="sm">
            <Title order={1}>{query.data.name}</Title>
            {query.data.archived && (
              <Badge color="gray">{t('certificates.templates.archived')}</Badge>
            )}
          </Group>
          <TemplateEditor
            key={query.data.id}
            initial={{
              name: query.data.name,
              pageSize: query.data.pageSize,
              orientation: query.data.orientation,
              languageMode: query.data.languageMode,
              mirrorForRtl: query.data.mirrorForRtl,
              backgroundAssetId: query.data.backgroundAssetId,
              elements: query.data.elements,
            }}
            submitLabel={t('certificates.editor.save')}
            onSave={async (design) => {
              await update.mutateAsync(design);
              notifications.show({
                color: 'teal',
                message: t('certificates.editor.saved'),
                closeButtonProps: { 'aria-label': t('actions.close') },
              });
            }}
          />
        </>
      )}
    </Stack>
  );
}
