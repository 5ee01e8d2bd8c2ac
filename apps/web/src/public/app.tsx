import { LANGUAGES } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, rememberLanguage } from '../lib/i18n';
import { switchPublicLanguage } from './i18n';
import { EventPage } from './pages/event-page';
import { EventsPage } from './pages/events-page';
import { RegisterPage } from './pages/register-page';
import { VerifyFormPage, VerifyPage } from './pages/verify-page';
import { Link, matchRoute, useLocation } from './router';

/** The page for a path: `/e`, `/e/:id`, `/e/:id/register`, `/verify`, `/verify/:serial`. */
function Page() {
  const { path, search } = useLocation();
  const { t } = useTranslation();
  const route = matchRoute(path);
  if (route.page === 'events')
    return <EventsPage q={search.get('q') ?? ''} page={Number(search.get('page')) || 1} />;
  if (route.page === 'event') return <EventPage key={route.id} id={route.id} />;
  if (route.page === 'register')
    return <RegisterPage key={route.id} id={route.id} code={search.get('code') ?? undefined} />;
  if (route.page === 'verify-form') return <VerifyFormPage />;
  if (route.page === 'verify') return <VerifyPage key={route.serial} serial={route.serial} />;
  return (
    <div className="stack">
      <h1>{t('public.title')}</h1>
      <Link href="/e">{t('public.backToList')}</Link>
    </div>
  );
}

/** Each option is written in its own language; the choice is remembered on this device. */
function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <select
      className="language"
      aria-label={t('language.label')}
      value={currentLanguage(i18n)}
      onChange={(event) => {
        const lang = event.currentTarget.value;
        if (!isLanguage(lang)) return;
        rememberLanguage(lang);
        void switchPublicLanguage(i18n, lang);
      }}
    >
      {LANGUAGES.map((lang) => (
        <option key={lang} value={lang}>
          {t(`language.names.${lang}`)}
        </option>
      ))}
    </select>
  );
}

/** The frame of the public pages: light, no sign-in, a language switch. */
export function PublicApp() {
  const { t } = useTranslation();
  return (
    <>
      <header className="site-header">
        <div className="container header-row">
          <Link href="/e" className="brand">
            {t('app.name')}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <main className="container page">
        <Page />
      </main>
      <footer className="container page">
        <p className="dimmed small">{t('public.footer')}</p>
      </footer>
    </>
  );
}
