import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { lazy } from 'react';
import { validateEventSearch, validateEventsSearch } from '../features/events/routes/events-search';
import { validateInstitutionsSearch } from '../features/institutions/routes/institutions-search';
import {
  validateParticipantsImportSearch,
  validateParticipantsSearch,
} from '../features/participants/routes/participants-search';
import { validatePublicEventsSearch } from '../features/public-events/routes/public-events-search';
import { validateReportsSearch } from '../features/reports/lib/report-search';
import { validateRegistrationsSearch } from '../features/registrations/registrations-search';
import { validatePackagesSearch } from '../features/training-packages/routes/packages-search';
import { validateUsersSearch } from '../features/users/routes/users-search';
import { safeRedirect } from '../lib/redirect';
import { canReadPackages, hasRole, meQueryOptions, useCurrentUser } from '../lib/session';
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

const stringParam = (value: unknown, max = 200) =>
  typeof value === 'string' && value.length > 0 ? value.slice(0, max) : undefined;

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

/** Home: a person who only takes part in events lands on their registrations. */
const indexRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const onlyParticipant = context.user.roles.every((role) => role === 'participant');
    if (onlyParticipant) throw redirect({ to: '/my' });
    // Door staff read no curriculum: their page is the sessions they scan at.
    throw redirect({ to: canReadPackages(context.user) ? '/packages' : '/attendance' });
  },
});

/** `/my`: the signed-in person's own registrations (any role). */
const myRegistrationsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/my',
  component: lazyRouteComponent(
    () => import('../features/portal/routes/my-registrations-page'),
    'MyRegistrationsPage',
  ),
});

/** `/check-in?session=&code=`: what a projected self check-in QR opens; sign-in comes back here. */
const checkInRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/check-in',
  validateSearch: (search: Record<string, unknown>): { session?: string; code?: string } => ({
    session: stringParam(search.session, 36),
    code: stringParam(search.code, 16),
  }),
  component: lazyRouteComponent(
    () => import('../features/self-check-in/routes/check-in-page'),
    'CheckInPage',
  ),
});

/** `/my/certificates`: the signed-in person's certificates (any role). */
const myCertificatesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/my/certificates',
  component: lazyRouteComponent(
    () => import('../features/certificates/routes/my-certificates-page'),
    'MyCertificatesPage',
  ),
});

/** `/my/evaluations`: the signed-in person's tests and surveys (any role), and taking one. */
const myEvaluationsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/my/evaluations',
  component: lazyRouteComponent(
    () => import('../features/evaluations/routes/my-evaluations-page'),
    'MyEvaluationsPage',
  ),
});

const myEvaluationRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/my/evaluations/$id',
  component: lazyRouteComponent(
    () => import('../features/evaluations/routes/take-evaluation-page'),
    'TakeEvaluationPage',
  ),
});

/** Certificate templates: admins design them. */
const certificatesAreaRoute = createRoute({
  getParentRoute: () => authedRoute,
  id: '_certificates',
  beforeLoad: ({ context }) => {
    if (!hasRole(context.user, 'admin')) throw redirect({ to: '/' });
  },
});

const certificateTemplatesRoute = createRoute({
  getParentRoute: () => certificatesAreaRoute,
  path: '/certificates/templates',
  component: lazyRouteComponent(
    () => import('../features/certificates/routes/templates-page'),
    'TemplatesPage',
  ),
});

const certificateTemplateNewRoute = createRoute({
  getParentRoute: () => certificatesAreaRoute,
  path: '/certificates/templates/new',
  component: lazyRouteComponent(
    () => import('../features/certificates/routes/template-edit-page'),
    'TemplateNewPage',
  ),
});

const certificateTemplateRoute = createRoute({
  getParentRoute: () => certificatesAreaRoute,
  path: '/certificates/templates/$id',
  component: lazyRouteComponent(
    () => import('../features/certificates/routes/template-edit-page'),
    'TemplateEditPage',
  ),
});

/** Admins: what the whole installation shares (the badge signing keys). */
const settingsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/settings',
  beforeLoad: ({ context }) => {
    if (!hasRole(context.user, 'admin')) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(
    () => import('../features/badges/routes/settings-page'),
    'SettingsPage',
  ),
});

/**
 * Full-screen staff pages with no shell (the projector). Trainers reach them too: whether this
 * person may show a session's code is the API's call (its trainers and the event's coordinators).
 */
const projectorRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_projector',
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!user) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    if (!hasRole(user, 'admin', 'coordinator', 'trainer')) throw redirect({ to: '/' });
  },
  component: Outlet,
});

const selfCheckInProjectorRoute = createRoute({
  getParentRoute: () => projectorRoute,
  path: '/events/$id/sessions/$sessionId/self-check-in',
  component: lazyRouteComponent(
    () => import('../features/self-check-in/routes/projector-page'),
    'ProjectorPage',
  ),
});

const outboxRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/outbox',
  beforeLoad: ({ context }) => {
    if (!hasRole(context.user, 'admin')) throw redirect({ to: '/packages' });
  },
  component: lazyRouteComponent(
    () => import('../features/outbox/routes/outbox-page'),
    'OutboxPage',
  ),
});

/** The curriculum is staff material: participants land on their own registrations. */
const packagesAreaRoute = createRoute({
  getParentRoute: () => authedRoute,
  id: '_packages',
  beforeLoad: ({ context }) => {
    if (!canReadPackages(context.user)) throw redirect({ to: '/my' });
  },
});

const packagesRoute = createRoute({
  getParentRoute: () => packagesAreaRoute,
  path: '/packages',
  validateSearch: validatePackagesSearch,
  component: lazyRouteComponent(
    () => import('../features/training-packages/routes/packages-page'),
    'PackagesPage',
  ),
});

const packageNewRoute = createRoute({
  getParentRoute: () => packagesAreaRoute,
  path: '/packages/new',
  component: lazyRouteComponent(
    () => import('../features/training-packages/routes/package-new-page'),
    'PackageNewPage',
  ),
});

/** The evaluations feature's part of a package page: the version's question bank. */
const QuestionBankSection = lazy(() =>
  import('../features/evaluations/components/question-bank-section').then((m) => ({
    default: m.QuestionBankSection,
  })),
);

const packageDetailRoute = createRoute({
  getParentRoute: () => packagesAreaRoute,
  path: '/packages/$id',
  component: lazyRouteComponent(() =>
    import('../features/training-packages/routes/package-detail-page').then(
      ({ PackageDetailPage }) => ({
        default: function PackagePage() {
          return <PackageDetailPage sections={[QuestionBankSection]} />;
        },
      }),
    ),
  ),
});

const packageEditRoute = createRoute({
  getParentRoute: () => packagesAreaRoute,
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

/** Tabs of the event page that other features provide, each loaded when first shown. */
const RegistrationsTab = lazy(() =>
  import('../features/registrations/components/registrations-tab').then((m) => ({
    default: m.RegistrationsTab,
  })),
);

const AttendanceTab = lazy(() =>
  import('../features/attendance/components/attendance-tab').then((m) => ({
    default: m.AttendanceTab,
  })),
);

const BadgesTab = lazy(() =>
  import('../features/badges/components/badges-tab').then((m) => ({ default: m.BadgesTab })),
);

/** Admins and the event's coordinators (who see only their events); issuing is the admins'. */
const CertificatesTab = lazy(() =>
  import('../features/certificates/components/certificates-tab').then((m) => ({
    default: m.CertificatesTab,
  })),
);

/** Admins and the event's coordinators: its pre-test, post-test, survey and their results. */
const EvaluationsTab = lazy(() =>
  import('../features/evaluations/components/evaluations-tab').then((m) => ({
    default: m.EvaluationsTab,
  })),
);

/** Admins only; the audit feature's panels, lent to the event and person pages. */
const EventHistoryTab = lazy(() =>
  import('../features/audit/components/event-history-tab').then((m) => ({
    default: m.EventHistoryTab,
  })),
);
const ParticipantHistory = lazy(() =>
  import('../features/audit/components/participant-history').then((m) => ({
    default: m.ParticipantHistory,
  })),
);

const eventDetailRoute = createRoute({
  getParentRoute: () => eventsAreaRoute,
  path: '/events/$id',
  // The registrations tab keeps its filters beside `tab`.
  validateSearch: (search: Record<string, unknown>) => ({
    ...validateEventSearch(search),
    ...validateRegistrationsSearch(search),
  }),
  component: lazyRouteComponent(() =>
    import('../features/events/routes/event-detail-page').then(({ EventDetailPage }) => ({
      default: function EventPage() {
        const admin = hasRole(useCurrentUser(), 'admin');
        return (
          <EventDetailPage
            panels={{
              registrations: RegistrationsTab,
              attendance: AttendanceTab,
              badges: BadgesTab,
              evaluations: EvaluationsTab,
              certificates: CertificatesTab,
              ...(admin ? { history: EventHistoryTab } : {}),
            }}
          />
        );
      },
    })),
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

const participantsRoute = createRoute({
  getParentRoute: () => eventsAreaRoute,
  path: '/participants',
  validateSearch: validateParticipantsSearch,
  component: lazyRouteComponent(
    () => import('../features/participants/routes/participants-page'),
    'ParticipantsPage',
  ),
});

/** Its own chunk, with the chart library: no other page pays for Chart.js. */
const reportsRoute = createRoute({
  getParentRoute: () => eventsAreaRoute,
  path: '/reports',
  validateSearch: validateReportsSearch,
  component: lazyRouteComponent(
    () => import('../features/reports/routes/reports-page'),
    'ReportsPage',
  ),
});

const participantsImportRoute = createRoute({
  getParentRoute: () => eventsAreaRoute,
  path: '/participants/import',
  validateSearch: validateParticipantsImportSearch,
  component: lazyRouteComponent(
    () => import('../features/participants/routes/participants-import-page'),
    'ParticipantsImportPage',
  ),
});

const participantDetailRoute = createRoute({
  getParentRoute: () => eventsAreaRoute,
  path: '/participants/$id',
  component: lazyRouteComponent(() =>
    import('../features/participants/routes/participant-detail-page').then(
      ({ ParticipantDetailPage }) => ({
        default: function ParticipantPage() {
          const admin = hasRole(useCurrentUser(), 'admin');
          return <ParticipantDetailPage history={admin ? ParticipantHistory : undefined} />;
        },
      }),
    ),
  ),
});

/**
 * Taking attendance: coordinators, trainers and speakers (the API says which sessions), and door
 * staff, who only scan.
 */
const attendanceAreaRoute = createRoute({
  getParentRoute: () => authedRoute,
  id: '_attendance',
  beforeLoad: ({ context }) => {
    if (!hasRole(context.user, 'admin', 'coordinator', 'trainer', 'door_staff'))
      throw redirect({ to: '/my' });
  },
});

const mySessionsRoute = createRoute({
  getParentRoute: () => attendanceAreaRoute,
  path: '/attendance',
  component: lazyRouteComponent(
    () => import('../features/attendance/routes/my-sessions-page'),
    'MySessionsPage',
  ),
});

const rosterRoute = createRoute({
  getParentRoute: () => attendanceAreaRoute,
  path: '/events/$id/sessions/$sessionId/roster',
  beforeLoad: ({ context }) => {
    if (!hasRole(context.user, 'admin', 'coordinator', 'trainer'))
      throw redirect({ to: '/attendance' });
  },
  component: lazyRouteComponent(
    () => import('../features/attendance/routes/roster-page'),
    'RosterPage',
  ),
});

/**
 * Badge scanning at a session's door: coordinators, the session's trainers and door staff (the
 * API decides which sessions).
 */
const scanRoute = createRoute({
  getParentRoute: () => attendanceAreaRoute,
  path: '/events/$id/sessions/$sessionId/scan',
  component: lazyRouteComponent(
    () => import('../features/attendance-scan/routes/scan-page'),
    'ScanPage',
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

/** `/e/$id/register?code=`: self-registration, light enough for a phone on a slow link. */
const publicRegisterRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/e/$id/register',
  validateSearch: (search: Record<string, unknown>): { code?: string } => ({
    code: stringParam(search.code, 40),
  }),
  component: lazyRouteComponent(
    () => import('../features/registration-form/routes/register-page'),
    'RegisterPage',
  ),
});

/** The links in account emails, and asking for a new password. */
const tokenSearch = (search: Record<string, unknown>): { token?: string } => ({
  token: stringParam(search.token),
});

const accountConfirmRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/account/confirm',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(
    () => import('../features/portal/routes/account-confirm-page'),
    'AccountConfirmPage',
  ),
});

const accountResetRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/account/reset',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(
    () => import('../features/portal/routes/account-reset-page'),
    'AccountResetPage',
  ),
});

const registrationConfirmRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/register/confirm',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(
    () => import('../features/portal/routes/registration-confirm-page'),
    'RegistrationConfirmPage',
  ),
});

/** `/evaluate/$token`: the personal link in an evaluation email; no account needed. */
const evaluateByLinkRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/evaluate/$token',
  component: lazyRouteComponent(
    () => import('../features/evaluations/routes/take-evaluation-page'),
    'EvaluateByLinkPage',
  ),
});

const accountForgotRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/account/forgot',
  component: lazyRouteComponent(
    () => import('../features/portal/routes/account-forgot-page'),
    'AccountForgotPage',
  ),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  projectorRoute.addChildren([selfCheckInProjectorRoute]),
  publicRoute.addChildren([
    publicEventsRoute,
    publicEventRoute,
    publicRegisterRoute,
    accountConfirmRoute,
    accountResetRoute,
    registrationConfirmRoute,
    accountForgotRoute,
    evaluateByLinkRoute,
  ]),
  authedRoute.addChildren([
    indexRoute,
    packagesAreaRoute.addChildren([
      packagesRoute,
      packageNewRoute,
      packageDetailRoute,
      packageEditRoute,
    ]),
    usersRoute,
    myRegistrationsRoute,
    myCertificatesRoute,
    myEvaluationsRoute,
    myEvaluationRoute,
    certificatesAreaRoute.addChildren([
      certificateTemplatesRoute,
      certificateTemplateNewRoute,
      certificateTemplateRoute,
    ]),
    checkInRoute,
    settingsRoute,
    outboxRoute,
    eventsAreaRoute.addChildren([
      eventsRoute,
      eventNewRoute,
      eventDetailRoute,
      eventEditRoute,
      institutionsRoute,
      participantsRoute,
      participantsImportRoute,
      participantDetailRoute,
      reportsRoute,
    ]),
    attendanceAreaRoute.addChildren([mySessionsRoute, rosterRoute, scanRoute]),
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
