import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { currentLanguage, directionOf, isLanguage } from '../lib/i18n';
import { cssVariablesResolver, theme } from './theme';

/** Keeps Mantine's direction (and so the mirrored layout) in step with i18next. */
function DirectionSync({ i18n }: { i18n: I18n }) {
  const { setDirection } = useDirection();
  useEffect(() => {
    const onChange = (lang: string) => {
      if (isLanguage(lang)) setDirection(directionOf(lang));
    };
    onChange(currentLanguage(i18n));
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n, setDirection]);
  return null;
}

interface AppProvidersProps {
  i18n: I18n;
  queryClient: QueryClient;
  children: ReactNode;
  /** 'test' turns off Mantine transitions and portals (jsdom). */
  env?: 'default' | 'test';
}

export function AppProviders({ i18n, queryClient, children, env = 'default' }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider
        initialDirection={directionOf(currentLanguage(i18n))}
        detectDirection={false}
      >
        <DirectionSync i18n={i18n} />
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env={env}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
