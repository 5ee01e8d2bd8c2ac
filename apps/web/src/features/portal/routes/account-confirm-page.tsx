import { Alert, Loader, Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { useDocumentTitle } from '../../../lib/document-title';
import { useConfirmEmail } from '../api/account-links';

const route = getRouteApi('/_public/account/confirm');

/** `/account/confirm?token=`: the link in the confirmation email. */
export function AccountConfirmPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const confirm = useConfirmEmail();
  const sent = useRef(false);
  useDocumentTitle(t('account.confirm.title'));

  useEffect(() => {
    // Once, also under StrictMode's double effects.
    if (sent.current || !token) return;
    sent.current = true;
    confirm.mutate(token);
  }, [token, confirm]);

  return (
    <Stack gap="md" maw={520}>
      <Title order={1} size="h2">
        {t('account.confirm.title')}
      </Title>
      {!token ? (
        <Alert color="red" variant="light" role="alert">
          {t('account.invalidLink')}
        </Alert>
      ) : confirm.isSuccess ? (
        <Alert color="teal" variant="light" role="status">
          {t('account.confirm.done')}
        </Alert>
      ) : confirm.isError ? (
        <ErrorAlert error={confirm.error} title={t('account.confirm.failed')} />
      ) : (
        <Loader aria-label={t('common.loading')} />
      )}
      {confirm.isSuccess && (
        <AnchorLink to="/sign-in" search={{ redirect: '/my' }} fw={600}>
          {t('account.signInToPortal')}
        </AnchorLink>
      )}
    </Stack>
  );
}
