import { NativeSelect } from '@mantine/core';
import { LANGUAGES } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, rememberLanguage, switchLanguage } from '../lib/i18n';
import { useKnownUser, useUpdatePreferredLanguage } from '../lib/session';

/**
 * Switches the UI language: remembered on this device, and saved as the signed-in user's
 * preference (when the page knows who is signed in). Each option is written in its own language.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const user = useKnownUser();
  const updatePreference = useUpdatePreferredLanguage();
  const value = currentLanguage(i18n);

  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={value}
      size="xs"
      w={120}
      onChange={(event) => {
        const lang = event.currentTarget.value;
        if (!isLanguage(lang)) return;
        rememberLanguage(lang);
        void switchLanguage(i18n, lang);
        if (user && user.preferredLanguage !== lang) updatePreference.mutate(lang);
      }}
      data={LANGUAGES.map((lang) => ({ value: lang, label: t(`language.names.${lang}`) }))}
    />
  );
}
