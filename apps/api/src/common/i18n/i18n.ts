import { type Language, LANGUAGES } from '@multaqa/contract';
import type { Request } from 'express';
import i18next, { type TFunction } from 'i18next';
import type { AuthenticatedRequest } from '../auth/current-user.js';
import { apiMessages } from './messages.js';

const instance = i18next.createInstance();
void instance.init({
  resources: apiMessages,
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function translator(lang: Language): TFunction {
  return instance.getFixedT(lang);
}

/**
 * The caller's language: the first supported one in Accept-Language, then the signed-in
 * user's preference, then English.
 */
export function negotiateLanguage(
  acceptLanguage: string | undefined,
  preferred?: Language,
): Language {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.base && !Number.isNaN(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const match = ranked.find((entry) => (LANGUAGES as readonly string[]).includes(entry.base));
  return (match?.base as Language | undefined) ?? preferred ?? 'en';
}

/** `?lang=` wins (links that cannot set headers, e.g. a calendar download), then negotiation. */
export function requestLanguage(req: Request): Language {
  const explicit = req.query?.lang;
  if (typeof explicit === 'string' && (LANGUAGES as readonly string[]).includes(explicit)) {
    return explicit as Language;
  }
  const user = (req as Partial<AuthenticatedRequest>).user;
  return negotiateLanguage(req.headers['accept-language'], user?.preferredLanguage);
}
