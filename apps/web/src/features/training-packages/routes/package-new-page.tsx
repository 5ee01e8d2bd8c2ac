import { Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/document-title';
import { useCreatePackage } from '../api/create-package';
import { PackageEditor } from '../components/package-editor';
import { emptyPackageForm } from '../components/package-form-values';

export function PackageNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createPackage = useCreatePackage();
  const [initialValues] = useState(emptyPackageForm);
  useDocumentTitle(t('editor.newTitle'));

  return (
    <Stack gap="md">
      <Title order={1}>{t('editor.newTitle')}</Title>
      <PackageEditor
        initialValues={initialValues}
        submitLabel={t('editor.newTitle')}
        onSave={async (body) => {
          const pkg = await createPackage.mutateAsync(body);
          await navigate({ to: '/packages/$id', params: { id: pkg.id } });
        }}
        onCancel={() => void navigate({ to: '/packages' })}
      />
    </Stack>
  );
}
