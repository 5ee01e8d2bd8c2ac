import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { pickLocalized, resetPasswordSchema } from '@multaqa/contract';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { PasswordField } from '../../../components/text-fields';
import { useDocumentTitle } from '../../../lib/document-title';
import { requestResolver } from '../../../lib/form';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useResetPassword } from '../api/account-links';
import { useConfirmRegistration } from '../api/confirm-registration';

const route = getRouteApi('/_public/register/confirm');

/**
 * `/register/confirm?token=`: the link in the public form's email. Confirms the registration,
 * then lets a person without a password choose one to reach "My registrations".
 */
export function RegistrationConfirmPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { token } = route.useSearch();
  const confirm = useConfirmRegistration();
  const sent = useRef(false);
  useDocumentTitle(t('publicRegistration.confirm.title'));

  useEffect(() => {
    // Once, also under StrictMode's double effects: the link works one time.
    if (sent.current || !token) return;
    sent.current = true;
    confirm.mutate(token);
  }, [token, confirm]);

  const confirmed = confirm.data;
  const registration = confirmed?.registration;
  const status =
    registration?.status === 'approved' || registration?.status === 'waitlisted'
      ? registration.status
      : 'submitted';
  return (
    <Stack gap="md" maw={520}>
      <Title order={1} size="h2">
        {t('publicRegistration.confirm.title')}
      </Title>
      {!token ? (
        <Alert color="red" variant="light" role="alert">
          {t('account.invalidLink')}
        </Alert>
      ) : confirm.isError ? (
        <ErrorAlert error={confirm.error} title={t('publicRegistration.confirm.failed')} />
      ) : !confirmed || !registration ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <>
          <Alert
            color={status === 'approved' ? 'teal' : status === 'waitlisted' ? 'yellow' : 'blue'}
            variant="light"
            role="status"
            title={t(`register.result.${status}.title`)}
          >
            <Text fw={600}>{pickLocalized(registration.event.title, lang)}</Text>
            <Text>
              {status === 'waitlisted' && registration.waitlistPosition
                ? t('register.result.waitlisted.body', {
                    position: formatNumber(registration.waitlistPosition, lang),
                  })
                : t(`register.result.${status}.body`)}
            </Text>
          </Alert>
          {confirmed.setPasswordToken ? (
            <ChoosePassword token={confirmed.setPasswordToken} />
          ) : (
            <AnchorLink to="/sign-in" search={{ redirect: '/my' }} fw={600}>
              {t('account.signInToPortal')}
            </AnchorLink>
          )}
        </>
      )}
    </Stack>
  );
}

/** The account's first password, set with the one-time token the confirmation gave. */
function ChoosePassword({ token }: { token: string }) {
  const { t } = useTranslation();
  const save = useResetPassword();
  const form = useForm<{ password: string }>({
    resolver: requestResolver(resetPasswordSchema, (values: { password: string }) => ({
      token,
      password: values.password,
    })),
    defaultValues: { password: '' },
  });
  if (save.isSuccess)
    return (
      <>
        <Alert color="teal" variant="light" role="status">
          {t('publicRegistration.confirm.passwordSaved')}
        </Alert>
        <AnchorLink to="/sign-in" search={{ redirect: '/my' }} fw={600}>
          {t('account.signInToPortal')}
        </AnchorLink>
      </>
    );
  return (
    <form
      noValidate
      aria-label={t('publicRegistration.confirm.choosePassword')}
      onSubmit={form.handleSubmit((values) => save.mutate({ token, password: values.password }))}
    >
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('publicRegistration.confirm.choosePassword')}
        </Title>
        <Text size="sm">{t('publicRegistration.confirm.choosePasswordIntro')}</Text>
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
        <Button type="submit" loading={save.isPending}>
          {t('publicRegistration.confirm.savePassword')}
        </Button>
      </Stack>
    </form>
  );
}
