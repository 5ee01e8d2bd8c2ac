import './app/styles-base';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { loadI18n } from './lib/i18n';

const queryClient = createQueryClient(() => {
  const { pathname, href } = router.state.location;
  if (pathname !== '/sign-in') void router.navigate({ to: '/sign-in', search: { redirect: href } });
});
const router = createAppRouter(queryClient);

// The first language's strings come before the first paint, so no page flashes untranslated.
// (A promise, not a top-level await, which would make the bundler split the entry chunk up.)
void loadI18n().then((i18n) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders i18n={i18n} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  ),
);
