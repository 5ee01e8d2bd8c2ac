import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, validationMessages, type Language } from '@multaqa/contract';

export const LANGUAGE_STORAGE_KEY = 'multaqa.language';
export const DEFAULT_LANGUAGE: Language = 'ar';

const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar']);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(lang: Language): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

/** The language i18next currently shows, narrowed to one we support. */
export function currentLanguage(instance: I18n = i18next): Language {
  const lang = instance.resolvedLanguage ?? instance.language;
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

export function readRememberedLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

function browserLanguage(): Language | null {
  const candidates =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const candidate of candidates) {
    const base = candidate?.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return null;
}

/** Remembered choice, else the browser's language, else Arabic (the signed-in user's preference is applied later, see adoptUserLanguage). */
export function initialLanguage(): Language {
  return readRememberedLanguage() ?? browserLanguage() ?? DEFAULT_LANGUAGE;
}

/** Keeps `<html lang dir>` in step with the language. */
export function applyDocumentLanguage(lang: Language): void {
  document.documentElement.setAttribute('lang', lang);
  document.documentElement.setAttribute('dir', directionOf(lang));
}

export type Translations = Record<string, unknown>;

/**
 * Each language's strings are a chunk of their own, fetched when first shown: a phone loads one
 * language, not three.
 */
const TRANSLATIONS: Record<Language, () => Promise<{ default: Translations }>> = {
  ar: () => import('../i18n/ar.json'),
  en: () => import('../i18n/en.json'),
  fr: () => import('../i18n/fr.json'),
};

function bundle(lang: Language, strings: Translations) {
  return { ...strings, validation: validationMessages[lang] };
}

/**
 * An i18next instance showing `lng`, with the strings given (tests pass all three; the app
 * passes the one it loaded). Every language holds every key (a test checks), so there is no
 * fallback language to load.
 */
export function createI18n(lng: Language, strings: Partial<Record<Language, Translations>>): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lang) => {
    if (isLanguage(lang)) applyDocumentLanguage(lang);
  });
  const resources = Object.fromEntries(
    Object.entries(strings).map(([lang, s]) => [
      lang,
      { translation: bundle(lang as Language, s) },
    ]),
  );
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  applyDocumentLanguage(lng);
  return instance;
}

/** The app's instance: the first language's strings are fetched before anything renders. */
export async function loadI18n(lng: Language = initialLanguage()): Promise<I18n> {
  return createI18n(lng, { [lng]: (await TRANSLATIONS[lng]()).default });
}

/** Shows `lang`, fetching its strings first if this page has not shown it yet. */
export async function switchLanguage(instance: I18n, lang: Language): Promise<void> {
  if (!instance.hasResourceBundle(lang, 'translation')) {
    const strings = (await TRANSLATIONS[lang]()).default;
    instance.addResourceBundle(lang, 'translation', bundle(lang, strings));
  }
  await instance.changeLanguage(lang);
}

/**
 * Applies a signed-in user's preferred language, unless the person chose one on this device.
 * The remembered choice wins so that switching on a shared computer sticks.
 */
export function adoptUserLanguage(instance: I18n, preferred: Language): void {
  if (readRememberedLanguage()) return;
  if (currentLanguage(instance) !== preferred) void switchLanguage(instance, preferred);
}
