import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { validateEventSearch, validateEventsSearch } from '../features/events/routes/events-search';
import { validateInstitutionsSearch } from '../features/institutions/routes/institutions-search';
import { validatePublicEventsSearch } from '../features/public-events/routes/public-events-search';
import { validatePackagesSearch } from '../features/training-packages/routes/packages-search';
import { validateUsersSearch } from '../features/users/routes/users-search';
import { safeRedirect } from '../lib/redirect';
import { hasRole, meQueryOptions } from '../lib/session';
import { RouteErrorPage } from './route-error-page';
import { NotFoundPage } from './not-found-page';
import { PageLoader } from './page-loader';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: typeof search.redirect === 'string' ? search.redirect : undefined,
  }),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (me) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import('../features/auth/routes/sign-in-page'), 'SignInPage'),
});

/** Everything behind sign-in: loads the user first, and the shell (and its code) only then. */
const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authed',
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!user) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { user };
  },
  component: lazyRouteComponent(() => import('./shell'), 'AppShellLayout'),
});

const indexRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/packages' });
  },
});

const packagesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/packages',
  validateSearch: validatePackagesSearch,
  component: lazyRouteComponent(
    () => import('../features/training-packages/routes/packages-page'),
    'PackagesPage',
  ),
});

const packageNewRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/packages/new',
  component: lazyRouteComponent(
    () => import('../features/training-packages/routes/package-new-page'),
    'PackageNewPage',
  ),
});

const packageDetailRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/packages/$id',
  component: lazyRouteComponent(
    () => import('../features/training-packages/routes/package-detail-page'),
    'PackageDetailPage',
  ),
});

const packageEditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/packages/$id/edit',
  component: lazyRouteComponent(
    () => import('../features/training-packages/routes/package-edit-page'),
    'PackageEditPage',
  ),
});

const usersRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/users',
  validateSearch: validateUsersSearch,
  beforeLoad: ({ context }) => {
    if (!hasRole(context.user, 'admin')) throw redirect({ to: '/packages' });
  },
  component: lazyRouteComponent(() => import('../features/users/routes/users-page'), 'UsersPage'),
});

/** Events and institutions are for coordinators and admins. */
const eventsAreaRoute = createRoute({
  getParentRoute: () => authedRoute,
  id: '_events',
  beforeLoad: ({ context }) => {
    if (!hasRole(context.user, 'admin', 'coordinator')) throw redirect({ to: '/packages' });
  },
});

const eventsRoute = createRoute({
  getParentRoute: () => eventsAreaRoute,
  path: '/events',
  validateSearch: validateEventsSearch,
  component: lazyRouteComponent(
    () => import('../features/events/routes/events-page'),
    'EventsPage',
  ),
});

const eventNewRoute = createRoute({
  getParentRoute: () => eventsAreaRoute,
  path: '/events/new',
  component: lazyRouteComponent(
    () => import('../features/events/routes/event-new-page'),
    'EventNewPage',
  ),
});

const eventDetailRoute = createRoute({
  getParentRoute: () => eventsAreaRoute,
  path: '/events/$id',
  validateSearch: validateEventSearch,
  component: lazyRouteComponent(
    () => import('../features/events/routes/event-detail-page'),
    'EventDetailPage',
  ),
});

const eventEditRoute = createRoute({
  getParentRoute: () => eventsAreaRoute,
  path: '/events/$id/edit',
  component: lazyRouteComponent(
    () => import('../features/events/routes/event-edit-page'),
    'EventEditPage',
  ),
});

const institutionsRoute = createRoute({
  getParentRoute: () => eventsAreaRoute,
  path: '/institutions',
  validateSearch: validateInstitutionsSearch,
  component: lazyRouteComponent(
    () => import('../features/institutions/routes/institutions-page'),
    'InstitutionsPage',
  ),
});

/** Public pages: no sign-in, no shell, a light frame of their own. */
const publicRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_public',
  component: lazyRouteComponent(
    () => import('../features/public-events/components/public-layout'),
    'PublicLayout',
  ),
});

const publicEventsRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/e',
  validateSearch: validatePublicEventsSearch,
  component: lazyRouteComponent(
    () => import('../features/public-events/routes/public-events-page'),
    'PublicEventsPage',
  ),
});

const publicEventRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/e/$id',
  component: lazyRouteComponent(
    () => import('../features/public-events/routes/public-event-page'),
    'PublicEventPage',
  ),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  publicRoute.addChildren([publicEventsRoute, publicEventRoute]),
  authedRoute.addChildren([
    indexRoute,
    packagesRoute,
    packageNewRoute,
    packageDetailRoute,
    packageEditRoute,
    usersRoute,
    eventsAreaRoute.addChildren([
      eventsRoute,
      eventNewRoute,
      eventDetailRoute,
      eventEditRoute,
      institutionsRoute,
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: PageLoader,
    defaultPendingMs: 300,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
