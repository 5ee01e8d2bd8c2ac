import { Alert, Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links';
import { ChoosePasswordForm } from '../components/choose-password-form';
import { useDocumentTitle } from '../../../lib/document-title';

const route = getRouteApi('/_public/account/reset');

/** `/account/reset?token=`: choose a new password from the emailed link. */
export function AccountResetPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
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
      ) : (
        <ChoosePasswordForm
          token={token}
          label={t('account.reset.title')}
          submitLabel={t('account.reset.submit')}
          done={{
            message: t('account.reset.done'),
            link: (
              <AnchorLink to="/sign-in" fw={600}>
                {t('signIn.title')}
              </AnchorLink>
            ),
          }}
        />
      )}
    </Stack>
  );
}
