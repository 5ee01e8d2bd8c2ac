import { Button, Stack } from '@mantine/core';
import { loginSchema, type LoginInput, type User } from '@multaqa/contract';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PasswordField, TextField } from '../../../components/text-fields';
import { schemaResolver } from '../../../lib/form';
import { useLogin } from '../api/login';

export function SignInForm({ onSignedIn }: { onSignedIn: (user: User) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useForm<LoginInput>({
    resolver: schemaResolver(loginSchema),
    defaultValues: { email: '', password: '' },
  });

  return (
    <form
      noValidate
      aria-label={t('signIn.title')}
      onSubmit={form.handleSubmit((values) => login.mutate(values, { onSuccess: onSignedIn }))}
    >
      <Stack gap="md">
        {login.error && <ErrorAlert error={login.error} title={t('signIn.failed')} />}
        <TextField
          control={form.control}
          name="email"
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          dir="ltr"
          required
        />
        <PasswordField
          control={form.control}
          name="password"
          label={t('signIn.password')}
          autoComplete="current-password"
          required
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
