import { pickLocalized, type Question } from '@multaqa/contract';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../lib/i18n';
import { NativeSelectField } from './native-select-field';
import { TextField } from './text-fields';

/**
 * One of the event's own questions as a form field; the value is always a string ('yes'/'no' for
 * yes/no questions; `toAnswers` turns them into the request's answers).
 */
export function QuestionField<T extends FieldValues>({
  question,
  control,
  name,
  required = question.required,
}: {
  question: Question;
  control: Control<T>;
  name: Path<T>;
  /** Coordinators may leave a required question to the person, so they pass false. */
  required?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const label = pickLocalized(question.label, lang) || question.key;
  if (question.kind === 'choice' || question.kind === 'yes_no') {
    const options =
      question.kind === 'yes_no'
        ? [
            { value: 'yes', label: t('register.yes') },
            { value: 'no', label: t('register.no') },
          ]
        : question.options.map((o) => ({
            value: o.value,
            label: pickLocalized(o.label, lang) || o.value,
          }));
    return (
      <NativeSelectField
        control={control}
        name={name}
        label={label}
        required={required}
        data={[{ value: '', label: t('register.choose') }, ...options]}
      />
    );
  }
  return (
    <TextField
      control={control}
      name={name}
      label={label}
      required={required}
      type={question.kind === 'date' ? 'date' : 'text'}
      maxLength={question.kind === 'text' ? 2000 : undefined}
    />
  );
}
