import { Center, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/language-switch';
import { AnchorLink } from '../../../components/links';
import { adoptUserLanguage } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/document-title';
import { safeRedirect } from '../../../lib/redirect';
import { SignInForm } from '../components/sign-in-form';

const route = getRouteApi('/sign-in');

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { redirect } = route.useSearch();
  const router = useRouter();
  useDocumentTitle(t('signIn.title'));

  return (
    <Container size={420} py="xl">
      <Group justify="flex-end" mb="md">
        <LanguageSwitch />
      </Group>
      <Center>
        <Stack gap={4} align="center" mb="lg">
          <Title order={1}>{t('app.name')}</Title>
          <Text c="dimmed">{t('app.tagline')}</Text>
        </Stack>
      </Center>
      <Paper withBorder shadow="sm" p="lg" radius="md">
        <Title order={2} size="h3" mb="md">
          {t('signIn.title')}
        </Title>
        <SignInForm
          onSignedIn={(user) => {
            adoptUserLanguage(i18n, user.preferredLanguage);
            // Without a target, `/` sends each person to their home (participants: /my).
            void router.history.push(redirect ? safeRedirect(redirect) : '/');
          }}
        />
        <AnchorLink to="/account/forgot" size="sm" mt="md" display="inline-block">
          {t('signIn.forgot')}
        </AnchorLink>
      </Paper>
    </Container>
  );
}
