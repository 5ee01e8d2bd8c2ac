import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TrainingPackage } from '@multaqa/contract';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useErrorMessage } from '../../../components/error-alert';
import { useArchivePackage } from '../api/archive-package';
import { useDeletePackage } from '../api/delete-package';
import { useNewPackageVersion } from '../api/new-package-version';
import { usePublishPackage } from '../api/publish-package';
import { ButtonLink } from '../../../components/links';

type Pending = 'publish' | 'archive' | 'delete' | null;

/** What a coordinator can do with a package, by its status. Errors become notifications. */
export function PackageActions({ pkg }: { pkg: TrainingPackage }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [pending, setPending] = useState<Pending>(null);
  const publish = usePublishPackage();
  const archive = useArchivePackage();
  const remove = useDeletePackage();
  const newVersion = useNewPackageVersion();

  const onError = (error: unknown) => {
    setPending(null);
    notifications.show({ color: 'red', title: t('errors.title'), message: errorMessage(error) });
  };
  const onDone = (message: string) => {
    setPending(null);
    notifications.show({ color: 'teal', message });
  };

  const isDraft = pkg.status === 'draft';

  return (
    <Group gap="sm">
      {isDraft && (
        <ButtonLink to="/packages/$id/edit" params={{ id: pkg.id }}>
          {t('detail.actions.edit')}
        </ButtonLink>
      )}
      {isDraft && (
        <Button variant="light" color="teal" onClick={() => setPending('publish')}>
          {t('detail.actions.publish')}
        </Button>
      )}
      {!isDraft && (
        <Button
          loading={newVersion.isPending}
          onClick={() =>
            newVersion.mutate(pkg.id, {
              onSuccess: (draft) => {
                onDone(t('detail.done.newVersion', { version: draft.version }));
                void navigate({ to: '/packages/$id/edit', params: { id: draft.id } });
              },
              onError,
            })
          }
        >
          {t('detail.actions.newVersion')}
        </Button>
      )}
      {pkg.status !== 'archived' && (
        <Button variant="default" onClick={() => setPending('archive')}>
          {t('detail.actions.archive')}
        </Button>
      )}
      {isDraft && (
        <Button variant="subtle" color="red" onClick={() => setPending('delete')}>
          {t('detail.actions.delete')}
        </Button>
      )}

      <ConfirmDialog
        opened={pending === 'publish'}
        title={t('detail.confirm.publishTitle')}
        message={t('detail.confirm.publish')}
        confirmLabel={t('detail.actions.publish')}
        loading={publish.isPending}
        onClose={() => setPending(null)}
        onConfirm={() =>
          publish.mutate(pkg.id, { onSuccess: () => onDone(t('detail.done.published')), onError })
        }
      />
      <ConfirmDialog
        opened={pending === 'archive'}
        title={t('detail.confirm.archiveTitle')}
        message={t('detail.confirm.archive')}
        confirmLabel={t('detail.actions.archive')}
        loading={archive.isPending}
        onClose={() => setPending(null)}
        onConfirm={() =>
          archive.mutate(pkg.id, { onSuccess: () => onDone(t('detail.done.archived')), onError })
        }
      />
      <ConfirmDialog
        opened={pending === 'delete'}
        title={t('detail.confirm.deleteTitle')}
        message={t('detail.confirm.delete')}
        confirmLabel={t('detail.actions.delete')}
        danger
        loading={remove.isPending}
        onClose={() => setPending(null)}
        onConfirm={() =>
          remove.mutate(pkg.id, {
            onSuccess: () => {
              onDone(t('detail.done.deleted'));
              void navigate({ to: '/packages' });
            },
            onError,
          })
        }
      />
    </Group>
  );
}
