import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/document-title';
import { SerialForm } from '../components/serial-form';

/** `/verify`: check a certificate by the serial printed on it. */
export function VerifyFormPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('verify.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('verify.title')}</Title>
      <Text>{t('verify.form.intro')}</Text>
      <SerialForm />
    </Stack>
  );
}
