import './public-styles';
import { Container, Group, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/language-switch';
import { AnchorLink } from '../../../components/links';

/** The frame of the public pages: light, no sign-in, a language switch. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <header style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="md" px="sm" py="xs">
          <Group justify="space-between" wrap="nowrap">
            <AnchorLink to="/e" fw={700} size="lg" c="inherit" underline="never">
              {t('app.name')}
            </AnchorLink>
            <LanguageSwitch />
          </Group>
        </Container>
      </header>
      <Container component="main" size="md" px="sm" py="md">
        <Outlet />
      </Container>
      <Container size="md" px="sm" py="md" component="footer">
        <Text size="xs" c="dimmed">
          {t('public.footer')}
        </Text>
      </Container>
    </>
  );
}
