import { Alert, Button, Stack } from '@mantine/core';
import { resetPasswordSchema } from '@multaqa/contract';
import type { ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { PasswordStrength } from '../../../components/password-strength';
import { PasswordField } from '../../../components/text-fields';
import { requestResolver } from '../../../lib/form';
import { useResetPassword } from '../api/account-links';

/**
 * A password chosen with a one-time emailed token: a forgotten password, or the first one of an
 * account opened by confirming a registration. Strength is shown as it is typed; a refused or
 * expired link offers a new one.
 */
export function ChoosePasswordForm({
  token,
  label,
  submitLabel,
  intro,
  done,
}: {
  token: string;
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  intro?: ReactNode;
  /** What shows once the password is saved. */
  done: { message: string; link: ReactNode };
}) {
  const { t } = useTranslation();
  const save = useResetPassword();
  const form = useForm<{ password: string }>({
    resolver: requestResolver(resetPasswordSchema, (values: { password: string }) => ({
      token,
      password: values.password,
    })),
    defaultValues: { password: '' },
  });
  const password = useWatch({ control: form.control, name: 'password' });
  if (save.isSuccess)
    return (
      <>
        <Alert color="teal" variant="light" role="status">
          {done.message}
        </Alert>
        {done.link}
      </>
    );
  return (
    <form
      noValidate
      aria-label={label}
      onSubmit={form.handleSubmit((values) => save.mutate({ token, password: values.password }))}
    >
      <Stack gap="md">
        {intro}
        {save.isError && <ErrorAlert error={save.error} />}
        {save.isError && (
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
        <Button type="submit" loading={save.isPending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
