import './public.css';
import { normalizeSerial } from '@multaqa/contract';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { publicEventQueryOptions } from '../features/public-events/api/get-public-event';
import { publicRegistrationFormQueryOptions } from '../features/registration-form/api/get-registration-form';
import {
  publicCertificateQueryOptions,
  publishedKeysQueryOptions,
} from '../features/certificate-verify/api/verify';
import { countriesQueryOptions } from '../lib/countries';
import { applyDocumentLanguage, initialLanguage } from '../lib/i18n';
import { PublicApp } from './app';
import { prefetch } from './data';
import { loadPublicI18n } from './i18n';
import { matchRoute } from './router';

/**
 * The public pages' light entry (`/e`, `/e/:id`, `/e/:id/register`, `/verify`, `/verify/:serial`,
 * served as public.html):
 * Preact in React's place, plain HTML and one small CSS file instead of Mantine, no zod (see
 * build/public-entry.ts). No sign-in here, so no `/api/auth/me` and no 401 handling.
 */

// The first page's data is asked for at once, while the strings load and before the first render
// (in the reader's language: the API client sends <html lang> as Accept-Language).
const language = initialLanguage();
applyDocumentLanguage(language);
const route = matchRoute(window.location.pathname);
if (route.page === 'event' || route.page === 'register')
  prefetch(publicEventQueryOptions(route.id));
if (route.page === 'register') {
  prefetch(publicRegistrationFormQueryOptions(route.id));
  prefetch(countriesQueryOptions);
}

if (route.page === 'verify') {
  const serial = normalizeSerial(route.serial);
  if (serial) prefetch(publicCertificateQueryOptions(serial));
  if (window.location.hash.length > 1) prefetch(publishedKeysQueryOptions);
}

// The reader's strings come before the first paint, so no page flashes untranslated.
void loadPublicI18n(language).then((i18n) =>
  createRoot(document.getElementById('root')!).render(
    <I18nextProvider i18n={i18n}>
      <PublicApp />
    </I18nextProvider>,
  ),
);
