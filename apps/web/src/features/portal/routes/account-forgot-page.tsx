import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { requestPasswordResetSchema } from '@multaqa/contract';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { TextField } from '../../../components/text-fields';
import { useDocumentTitle } from '../../../lib/document-title';
import { schemaResolver } from '../../../lib/form';
import { useRequestPasswordReset } from '../api/account-links';

/** `/account/forgot`: ask for a password-reset link by email. */
export function AccountForgotPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm<{ email: string }>({
    resolver: schemaResolver(requestPasswordResetSchema),
    defaultValues: { email: '' },
  });
  useDocumentTitle(t('account.forgot.title'));

  return (
    <Stack gap="md" maw={460}>
      <Title order={1} size="h2">
        {t('account.forgot.title')}
      </Title>
      {request.isSuccess ? (
        <Alert color="teal" variant="light" role="status">
          {t('account.forgot.sent', { email: request.variables })}
        </Alert>
      ) : (
        <form
          noValidate
          aria-label={t('account.forgot.title')}
          onSubmit={form.handleSubmit((values) => request.mutate(values.email))}
        >
          <Stack gap="md">
            <Text size="sm">{t('account.forgot.intro')}</Text>
            {request.isError && <ErrorAlert error={request.error} />}
            <TextField
              control={form.control}
              name="email"
              label={t('signIn.email')}
              type="email"
              autoComplete="email"
              dir="ltr"
              required
            />
            <Button type="submit" loading={request.isPending}>
              {t('account.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <AnchorLink to="/sign-in" size="sm">
        {t('account.backToSignIn')}
      </AnchorLink>
    </Stack>
  );
}
