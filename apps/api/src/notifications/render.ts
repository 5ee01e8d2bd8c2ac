import { type Language, LANGUAGES } from '@multaqa/contract';
import i18next from 'i18next';
import { type TemplateName, templates } from './templates.js';

const mail = i18next.createInstance();
void mail.init({
  resources: Object.fromEntries(LANGUAGES.map((lang) => [lang, { translation: templates[lang] }])),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function renderTemplate(
  language: Language,
  template: TemplateName,
  params: Record<string, string | number>,
): { subject: string; text: string } {
  const t = mail.getFixedT(language);
  return { subject: t(`${template}.subject`, params), text: t(`${template}.text`, params) };
}
