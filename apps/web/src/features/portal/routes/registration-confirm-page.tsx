import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { pickLocalized } from '@multaqa/contract';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { ChoosePasswordForm } from '../components/choose-password-form';
import { useDocumentTitle } from '../../../lib/document-title';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
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
  return (
    <ChoosePasswordForm
      token={token}
      label={t('publicRegistration.confirm.choosePassword')}
      submitLabel={t('publicRegistration.confirm.savePassword')}
      intro={
        <>
          <Title order={2} size="h4">
            {t('publicRegistration.confirm.choosePassword')}
          </Title>
          <Text size="sm">{t('publicRegistration.confirm.choosePasswordIntro')}</Text>
        </>
      }
      done={{
        message: t('publicRegistration.confirm.passwordSaved'),
        link: (
          <AnchorLink to="/sign-in" search={{ redirect: '/my' }} fw={600}>
            {t('account.signInToPortal')}
          </AnchorLink>
        ),
      }}
    />
  );
}
