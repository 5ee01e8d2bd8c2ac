import { Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import {
  certificateLanguages,
  TEXT_ALIGNS,
  type CertificateLanguageMode,
  type CertificateTemplateDesign,
} from '@multaqa/contract';
import { useController, useWatch, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NativeSelectField, SwitchField } from '../../../components/choice-fields';
import { LocalizedTextFields } from '../../../components/localized-text-fields';
import { NumberField } from '../../../components/number-field';
import { formatLanguages } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { AssetField } from './asset-field';
import { PlaceholderText } from './placeholder-text';

type Design = CertificateTemplateDesign;
type Path = FieldPath<Design>;

function ColorField({
  control,
  name,
  label,
}: {
  control: Control<Design>;
  name: Path;
  label: string;
}) {
  const { field } = useController({ control, name });
  return (
    <TextInput
      type="color"
      label={label}
      name={field.name}
      ref={field.ref}
      value={(field.value as string | undefined) ?? '#212529'}
      onChange={(e) => field.onChange(e.currentTarget.value)}
      onBlur={field.onBlur}
      w={90}
    />
  );
}

/** The fields of one element, as its kind needs them. Sizes and positions in millimetres. */
export function ElementFields({
  control,
  index,
  languageMode,
}: {
  control: Control<Design>;
  index: number;
  languageMode: CertificateLanguageMode;
}) {
  const { t, i18n } = useTranslation();
  const uiLang = currentLanguage(i18n);
  const kind = useWatch({ control, name: `elements.${index}.kind` });
  const at = (key: string) => `elements.${index}.${key}` as Path;
  const languages = certificateLanguages(languageMode);
  const hasText = kind === 'text' || kind === 'modules' || kind === 'signature';

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {(['x', 'y', 'width', 'height'] as const).map((key) => (
          <NumberField
            key={key}
            control={control}
            name={at(key)}
            label={t(`certificates.editor.${key}`)}
            suffix=" mm"
            min={0}
            max={1000}
            decimalScale={1}
            required
          />
        ))}
      </SimpleGrid>
      {hasText && (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelectField
            control={control}
            name={at('align')}
            label={t('certificates.editor.align')}
            data={TEXT_ALIGNS.map((value) => ({
              value,
              label: t(`certificates.editor.aligns.${value}`),
            }))}
            w={140}
          />
          <NumberField
            control={control}
            name={at('fontSize')}
            label={t('certificates.editor.fontSize')}
            min={5}
            max={72}
            suffix=" pt"
            w={110}
          />
          <ColorField control={control} name={at('color')} label={t('certificates.editor.color')} />
          <SwitchField
            control={control}
            name={at('bold')}
            label={t('certificates.editor.bold')}
            mb={8}
          />
        </Group>
      )}
      {kind === 'text' &&
        languages.map((lang) => (
          <PlaceholderText
            key={lang}
            control={control}
            name={at(`text.${lang}`)}
            lang={lang}
            label={t('certificates.editor.textIn', { language: formatLanguages([lang], uiLang) })}
          />
        ))}
      {(kind === 'image' || kind === 'signature') && (
        <AssetField
          control={control}
          name={at('assetId')}
          label={
            kind === 'image'
              ? t('certificates.editor.image')
              : t('certificates.editor.signatureImage')
          }
        />
      )}
      {kind === 'signature' && (
        <>
          <LocalizedTextFields
            control={control}
            name={at('signatoryName')}
            label={(language) => t('certificates.editor.signatoryName', { language })}
            maxLength={200}
            cols={{ base: 1, sm: 3 }}
          />
          <LocalizedTextFields
            control={control}
            name={at('signatoryTitle')}
            label={(language) => t('certificates.editor.signatoryTitle', { language })}
            maxLength={200}
            cols={{ base: 1, sm: 3 }}
          />
        </>
      )}
    </Stack>
  );
}
