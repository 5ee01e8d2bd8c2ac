import './styles-app';
import {
  AppShell,
  Avatar,
  Burger,
  Group,
  Menu,
  NavLink,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useMatchRoute, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch';
import { useLogout } from '../features/auth/api/logout';
import { adoptUserLanguage } from '../lib/i18n';
import { canReadPackages, hasRole, meQueryKey, useCurrentUser } from '../lib/session';

/** The signed-in frame: header, navigation, and the page. Mirrors in RTL (navbar on the right). */
export function AppShellLayout() {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const user = useCurrentUser();
  // Below Mantine's `sm` breakpoint, where the header shows initials instead of the name.
  const phone = useMediaQuery('(max-width: 47.99em)');
  const initials = initialsOf(user?.fullName ?? '');
  const matchRoute = useMatchRoute();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useLogout();
  const pathname = useRouterState({ select: (state) => state.location.pathname });

  useEffect(() => {
    if (user) adoptUserLanguage(i18n, user.preferredLanguage);
  }, [user, i18n]);

  useEffect(() => close(), [pathname, close]);

  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        queryClient.setQueryData(meQueryKey, null);
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
        void navigate({ to: '/sign-in' });
      },
    });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <Notifications position="top-center" />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <Title order={2} size="h3">
              {t('app.name')}
            </Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            {user && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <UnstyledButton
                    aria-label={
                      phone
                        ? t('userMenu.labelWithInitials', { initials, name: user.fullName })
                        : t('userMenu.label', { name: user.fullName })
                    }
                  >
                    {/* On a phone the initials keep the menu (and sign-out) on screen; the name is
                        inside. The label then starts with them, so what is seen is what is said. */}
                    <Avatar hiddenFrom="sm" size="sm" color="teal">
                      {initials}
                    </Avatar>
                    <Text visibleFrom="sm" size="sm" fw={500} truncate="end" maw={180} dir="auto">
                      {user.fullName}
                    </Text>
                  </UnstyledButton>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>
                    <Text size="sm" fw={500} c="var(--mantine-color-text)" dir="auto">
                      {user.fullName}
                    </Text>
                    <span dir="ltr">{user.email}</span>
                  </Menu.Label>
                  <Menu.Item onClick={signOut}>{t('userMenu.signOut')}</Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
        {hasRole(user, 'participant') && (
          <NavLink
            component={Link}
            to="/my"
            // Not fuzzy: /my/certificates is an item of its own (the router marks links active).
            activeOptions={{ exact: true }}
            label={t('nav.myRegistrations')}
            active={!!matchRoute({ to: '/my' })}
          />
        )}
        {hasRole(user, 'participant') && (
          <NavLink
            component={Link}
            to="/my/certificates"
            label={t('nav.myCertificates')}
            active={!!matchRoute({ to: '/my/certificates', fuzzy: true })}
          />
        )}
        {hasRole(user, 'participant') && (
          <NavLink
            component={Link}
            to="/my/evaluations"
            label={t('nav.myEvaluations')}
            active={!!matchRoute({ to: '/my/evaluations', fuzzy: true })}
          />
        )}
        {canReadPackages(user) && (
          <NavLink
            component={Link}
            to="/packages"
            label={t('nav.packages')}
            active={!!matchRoute({ to: '/packages', fuzzy: true })}
          />
        )}
        {hasRole(user, 'coordinator', 'trainer', 'door_staff') && (
          <NavLink
            component={Link}
            to="/attendance"
            label={t('nav.attendance')}
            active={!!matchRoute({ to: '/attendance', fuzzy: true })}
          />
        )}
        {hasRole(user, 'admin', 'coordinator') && (
          <>
            <NavLink
              component={Link}
              to="/events"
              label={t('nav.events')}
              active={!!matchRoute({ to: '/events', fuzzy: true })}
            />
            <NavLink
              component={Link}
              to="/participants"
              label={t('nav.participants')}
              active={!!matchRoute({ to: '/participants', fuzzy: true })}
            />
            <NavLink
              component={Link}
              to="/institutions"
              label={t('nav.institutions')}
              active={!!matchRoute({ to: '/institutions', fuzzy: true })}
            />
            <NavLink
              component={Link}
              to="/reports"
              label={t('nav.reports')}
              active={!!matchRoute({ to: '/reports', fuzzy: true })}
            />
          </>
        )}
        {hasRole(user, 'admin') && (
          <>
            <NavLink
              component={Link}
              to="/users"
              label={t('nav.users')}
              active={!!matchRoute({ to: '/users', fuzzy: true })}
            />
            <NavLink
              component={Link}
              to="/certificates/templates"
              label={t('nav.certificateTemplates')}
              active={!!matchRoute({ to: '/certificates/templates', fuzzy: true })}
            />
            <NavLink
              component={Link}
              to="/outbox"
              label={t('nav.outbox')}
              active={!!matchRoute({ to: '/outbox', fuzzy: true })}
            />
            <NavLink
              component={Link}
              to="/settings"
              label={t('nav.settings')}
              active={!!matchRoute({ to: '/settings', fuzzy: true })}
            />
          </>
        )}
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** "Salma Ben Youssef" → "SB": the first letters of the first two words. */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0])
    .join('')
    .toUpperCase();
}
