import type { Language } from '@multaqa/contract';
import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppProviders } from '../app/providers';
import { createQueryClient } from '../app/query-client';
import { createTestI18n } from './i18n';

/** Renders with the real providers (i18n, direction, Mantine in test mode, React Query). */
export function renderWithProviders(
  ui: ReactNode,
  {
    language = 'en',
    prepare,
  }: { language?: Language; prepare?: (queryClient: QueryClient) => void } = {},
) {
  const i18n = createTestI18n(language);
  const queryClient = createQueryClient(() => {});
  // Seeds data a component reads from the API (e.g. reference lists), without a server.
  prepare?.(queryClient);
  const result = render(
    <AppProviders i18n={i18n} queryClient={queryClient} env="test">
      {ui}
    </AppProviders>,
  );
  return { ...result, i18n, queryClient };
}
