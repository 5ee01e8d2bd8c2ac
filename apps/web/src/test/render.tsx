import type { Language } from '@multaqa/contract';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppProviders } from '../app/providers';
import { createQueryClient } from '../app/query-client';
import { createI18n } from '../lib/i18n';

/** Renders with the real providers (i18n, direction, Mantine in test mode, React Query). */
export function renderWithProviders(
  ui: ReactNode,
  { language = 'en' }: { language?: Language } = {},
) {
  const i18n = createI18n(language);
  const queryClient = createQueryClient(() => {});
  const result = render(
    <AppProviders i18n={i18n} queryClient={queryClient} env="test">
      {ui}
    </AppProviders>,
  );
  return { ...result, i18n, queryClient };
}
