import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** `<title>` = page title · app name, in the UI language. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
