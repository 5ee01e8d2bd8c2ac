import { createRequire } from 'node:module';
import type { Country } from '@multaqa/contract';
import countries from 'i18n-iso-countries';

// The locale files are JSON inside the package; require keeps them out of the TS build.
const require = createRequire(import.meta.url);
for (const lang of ['ar', 'en', 'fr']) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
}

/** ISO 3166-1 alpha-2 countries with names in ar/en/fr, from i18n-iso-countries. */
export const COUNTRIES: Country[] = Object.keys(countries.getAlpha2Codes())
  .sort()
  .map((code) => ({
    code,
    name: {
      ar: countries.getName(code, 'ar') ?? code,
      en: countries.getName(code, 'en') ?? code,
      fr: countries.getName(code, 'fr') ?? code,
    },
  }));

const CODES = new Set(COUNTRIES.map((c) => c.code));

export const isCountryCode = (code: string) => CODES.has(code);

/**
 * An error parameter that names a country: the problem filter writes the country's name in the
 * caller's language in its place.
 */
export const countryParam = (code: string) => `country:${code}`;

export function countryName(code: string, lang: 'ar' | 'en' | 'fr'): string {
  return countries.getName(code, lang) ?? code;
}
