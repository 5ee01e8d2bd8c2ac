import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/document-title';
import { SigningKeysPanel } from '../components/signing-keys-panel';

/** `/settings` (admins): what the whole installation shares, today the badge signing keys. */
export function SettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('settings.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('settings.title')}</Title>
      <SigningKeysPanel />
    </Stack>
  );
}
