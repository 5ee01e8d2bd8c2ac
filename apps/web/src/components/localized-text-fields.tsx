import { SimpleGrid, type SimpleGridProps } from '@mantine/core';
import { LANGUAGES } from '@multaqa/contract';
import { get, useFormState, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../lib/i18n';
import { FormErrorText, type ErrorLike } from './form-error';
import { TextareaField, TextField } from './text-fields';

/**
 * A text in Arabic, English and French: one field per language, each written in its own
 * direction. An error of the whole text ("fill in at least one language") shows above the fields
 * and marks each of them invalid, so the form can focus the first.
 */
export function LocalizedTextFields<T extends FieldValues>({
  control,
  name,
  label,
  multiline = false,
  minRows,
  maxLength,
  cols,
}: {
  control: Control<T>;
  /** The path of the `{ ar, en, fr }` object, e.g. `title` or `modules.2.title`. */
  name: string;
  /** The label of one language's field, from that language's name. */
  label: (language: string) => string;
  /** Long texts (descriptions) get a growing text area. */
  multiline?: boolean;
  minRows?: number;
  maxLength?: number;
  /** Side by side in a grid of these columns; one under the other when unset. */
  cols?: SimpleGridProps['cols'];
}) {
  const { t } = useTranslation();
  const { errors } = useFormState({ control, name: name as FieldPath<T> });
  const groupError = get(errors, name) as ErrorLike;
  const fields = LANGUAGES.map((lang) => {
    // `${name}.ar` is a path of T whenever `name` is the path of a localized text.
    const path = `${name}.${lang}` as FieldPath<T>;
    const common = {
      control,
      name: path,
      label: label(t(`language.names.${lang}`)),
      dir: directionOf(lang),
      lang,
    };
    return multiline ? (
      <TextareaField key={lang} {...common} {...(minRows ? { minRows } : {})} />
    ) : (
      <TextField key={lang} {...common} maxLength={maxLength} groupError={!!groupError?.message} />
    );
  });
  return (
    <>
      <FormErrorText error={groupError?.message ? groupError : undefined} />
      {cols ? <SimpleGrid cols={cols}>{fields}</SimpleGrid> : fields}
    </>
  );
}
