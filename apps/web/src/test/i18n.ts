import type { Language } from '@multaqa/contract';
import ar from '../i18n/ar.json';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { createI18n } from '../lib/i18n';

/** An i18next instance with all three languages at hand, as tests switch freely between them. */
export function createTestI18n(lng: Language = 'en') {
  return createI18n(lng, { ar, en, fr });
}
