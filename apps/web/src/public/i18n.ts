import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '@multaqa/contract';
import { applyDocumentLanguage, isLanguage } from '../lib/i18n';

/**
 * The public pages' strings, one file per language, fetched when first shown (the server lists
 * the reader's as a modulepreload link in the HTML): only the keys these pages use, see
 * build/public-strings.ts, and the validation messages.
 */
const STRINGS: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  ar: () => import('virtual:public-strings/ar'),
  en: () => import('virtual:public-strings/en'),
  fr: () => import('virtual:public-strings/fr'),
};

/** An i18next instance showing `lng`, its strings fetched first. */
export async function loadPublicI18n(lng: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lang) => {
    if (isLanguage(lang)) applyDocumentLanguage(lang);
  });
  const strings = (await STRINGS[lng]()).default;
  await instance.use(initReactI18next).init({
    resources: { [lng]: { translation: strings } },
    lng,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  applyDocumentLanguage(lng);
  return instance;
}

/** Shows `lang`, fetching its strings first if this page has not shown it yet. */
export async function switchPublicLanguage(instance: I18n, lang: Language): Promise<void> {
  if (!instance.hasResourceBundle(lang, 'translation'))
    instance.addResourceBundle(lang, 'translation', (await STRINGS[lang]()).default);
  await instance.changeLanguage(lang);
}
