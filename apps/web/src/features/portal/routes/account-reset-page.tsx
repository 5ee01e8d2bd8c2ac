import { Alert, Button, Stack, Title } from '@mantine/core';
import { resetPasswordSchema } from '@multaqa/contract';
import { getRouteApi } from '@tanstack/react-router';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { PasswordStrength } from '../../../components/password-strength';
import { PasswordField } from '../../../components/text-fields';
import { useDocumentTitle } from '../../../lib/document-title';
import { requestResolver } from '../../../lib/form';
import { useResetPassword } from '../api/account-links';

const route = getRouteApi('/_public/account/reset');

/** `/account/reset?token=`: choose a new password from the emailed link. */
export function AccountResetPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const reset = useResetPassword();
  const form = useForm<{ password: string }>({
    resolver: requestResolver(resetPasswordSchema, (values: { password: string }) => ({
      token: token ?? '',
      password: values.password,
    })),
    defaultValues: { password: '' },
  });
  const password = useWatch({ control: form.control, name: 'password' });
  useDocumentTitle(t('account.reset.title'));

  return (
    <Stack gap="md" maw={460}>
      <Title order={1} size="h2">
        {t('account.reset.title')}
      </Title>
      {!token ? (
        <Alert color="red" variant="light" role="alert">
          {t('account.invalidLink')}
        </Alert>
      ) : reset.isSuccess ? (
        <>
          <Alert color="teal" variant="light" role="status">
            {t('account.reset.done')}
          </Alert>
          <AnchorLink to="/sign-in" fw={600}>
            {t('signIn.title')}
          </AnchorLink>
        </>
      ) : (
        <form
          noValidate
          aria-label={t('account.reset.title')}
          onSubmit={form.handleSubmit((values) =>
            reset.mutate({ token, password: values.password }),
          )}
        >
          <Stack gap="md">
            {reset.isError && <ErrorAlert error={reset.error} />}
            {reset.isError && (
              <AnchorLink to="/account/forgot" size="sm">
                {t('account.reset.askAgain')}
              </AnchorLink>
            )}
            <PasswordField
              control={form.control}
              name="password"
              label={t('account.reset.password')}
              description={t('register.hints.password')}
              autoComplete="new-password"
              required
            />
            <PasswordStrength password={password} />
            <Button type="submit" loading={reset.isPending}>
              {t('account.reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
