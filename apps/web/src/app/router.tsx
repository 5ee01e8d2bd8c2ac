import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
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

const routeTree = rootRoute.addChildren([
  signInRoute,
  authedRoute.addChildren([
    indexRoute,
    packagesRoute,
    packageNewRoute,
    packageDetailRoute,
    packageEditRoute,
    usersRoute,
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
