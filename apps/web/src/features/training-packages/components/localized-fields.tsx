import { Stack, Tabs, Text } from '@mantine/core';
import { LANGUAGES, type Language } from '@multaqa/contract';
import { useFormState, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorLike } from '../../../components/form-error';
import { TextareaField, TextField } from '../../../components/text-fields';
import { directionOf } from '../../../lib/i18n';
import type { PackageFormValues } from './package-form-values';

const TEXT_FIELDS = ['description', 'objectives', 'targetAudience'] as const;

/** Title, description, objectives and target audience: one tab per language, each in its own direction. */
export function LocalizedFields({
  control,
  activeLanguage,
  onLanguageChange,
  titleError,
}: {
  control: Control<PackageFormValues>;
  /** "No title in any language": shown under the title of every language. */
  titleError?: ErrorLike;
  activeLanguage: Language;
  onLanguageChange: (lang: Language) => void;
}) {
  const { t } = useTranslation();
  const { errors } = useFormState({ control });
  const hasError = (lang: Language) =>
    !!titleError?.message ||
    !!errors.title?.[lang] ||
    TEXT_FIELDS.some((field) => !!errors[field]?.[lang]);

  return (
    <Tabs
      value={activeLanguage}
      onChange={(value) => {
        const lang = LANGUAGES.find((l) => l === value);
        if (lang) onLanguageChange(lang);
      }}
      keepMounted
    >
      <Tabs.List aria-label={t('editor.contentLanguages')}>
        {LANGUAGES.map((lang) => (
          <Tabs.Tab
            key={lang}
            value={lang}
            color={hasError(lang) ? 'red' : undefined}
            rightSection={
              hasError(lang) ? (
                <Text span c="red" fw={700} aria-label={t('editor.tabHasErrors')}>
                  !
                </Text>
              ) : undefined
            }
          >
            {t(`language.names.${lang}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {LANGUAGES.map((lang) => {
        const dir = directionOf(lang);
        const language = t(`language.names.${lang}`);
        return (
          <Tabs.Panel key={lang} value={lang} pt="md">
            <Stack gap="sm" lang={lang}>
              <TextField
                control={control}
                name={`title.${lang}`}
                label={t('editor.inLanguage', { field: t('editor.fields.title'), language })}
                dir={dir}
                maxLength={200}
                groupError={titleError}
              />
              {TEXT_FIELDS.map((field) => (
                <TextareaField
                  key={field}
                  control={control}
                  name={`${field}.${lang}`}
                  label={t('editor.inLanguage', { field: t(`editor.fields.${field}`), language })}
                  dir={dir}
                  minRows={3}
                />
              ))}
            </Stack>
          </Tabs.Panel>
        );
      })}
    </Tabs>
  );
}
