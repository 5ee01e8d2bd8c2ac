import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CertificateTemplate } from '@multaqa/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert, useErrorMessage } from '../../../components/error-alert';
import { ButtonLink } from '../../../components/links';
import { api, unwrap } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/document-title';
import { isProblemError } from '../../../lib/problem';
import { certificateKeys } from '../api/query-keys';
import { templatesQueryOptions, useDeleteTemplate } from '../api/templates';
import { TemplatesTable } from '../components/templates-table';

/** `/certificates/templates` (admins): the certificate templates, archived ones too. */
export function TemplatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('certificates.templates.title'));
  const query = useQuery(templatesQueryOptions);
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const remove = useDeleteTemplate();
  const [deleting, setDeleting] = useState<CertificateTemplate | null>(null);
  const [inUse, setInUse] = useState<{ template: CertificateTemplate; message: string } | null>(
    null,
  );
  const closeButtonProps = { 'aria-label': t('actions.close') };
  const archive = useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      unwrap(
        api.PATCH('/api/certificate-templates/{id}', {
          params: { path: { id } },
          body: { archived },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.templates }),
  });
  const setArchived = (template: CertificateTemplate, archived: boolean) =>
    archive.mutate(
      { id: template.id, archived },
      {
        onSuccess: () => {
          setInUse(null);
          notifications.show({
            color: 'teal',
            message: t(
              archived
                ? 'certificates.templates.archivedDone'
                : 'certificates.templates.unarchivedDone',
              { name: template.name },
            ),
            closeButtonProps,
          });
        },
        onError: (error) =>
          notifications.show({ color: 'red', message: errorMessage(error), closeButtonProps }),
      },
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('certificates.templates.title')}</Title>
        <ButtonLink to="/certificates/templates/new">{t('certificates.templates.new')}</ButtonLink>
      </Group>
      <Text size="sm" c="dimmed">
        {t('certificates.templates.intro')}
      </Text>
      {inUse && (
        <Alert
          color="orange"
          variant="light"
          role="alert"
          title={t('certificates.templates.inUseTitle')}
        >
          <Text size="sm">{inUse.message}</Text>
          <Button
            mt="sm"
            size="xs"
            variant="white"
            color="orange"
            onClick={() => setArchived(inUse.template, true)}
          >
            {t('certificates.templates.archiveInstead')}
          </Button>
        </Alert>
      )}
      {query.isPending ? (
        <Skeleton height={160} aria-busy="true" aria-label={t('common.loading')} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState
          title={t('certificates.templates.emptyTitle')}
          description={t('certificates.templates.emptyDescription')}
          action={
            <ButtonLink to="/certificates/templates/new">
              {t('certificates.templates.new')}
            </ButtonLink>
          }
        />
      ) : (
        <TemplatesTable
          items={query.data}
          onArchive={setArchived}
          onDelete={(tpl) => {
            setInUse(null);
            setDeleting(tpl);
          }}
        />
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('certificates.templates.deleteTitle')}
        message={deleting ? t('certificates.templates.deleteMessage', { name: deleting.name }) : ''}
        confirmLabel={t('certificates.templates.delete')}
        danger
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              notifications.show({
                color: 'teal',
                message: t('certificates.templates.deleted'),
                closeButtonProps,
              });
            },
            onError: (error) => {
              // Used by certificates: the API says so (409), and archiving is the way.
              if (isProblemError(error, 409))
                setInUse({ template: deleting, message: errorMessage(error) });
              else
                notifications.show({
                  color: 'red',
                  message: errorMessage(error),
                  closeButtonProps,
                });
              setDeleting(null);
            },
          })
        }
      />
    </Stack>
  );
}
