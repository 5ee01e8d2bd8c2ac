import '@mantine/dates/styles.css';
import 'dayjs/locale/ar';
import 'dayjs/locale/fr';
import { DateInput, DateTimePicker, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useController, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../lib/i18n';
import { useFormErrorText, type BoundProps } from './form-error';

dayjs.extend(customParseFormat);

/** How a date reads in every language: the month by name, so 01/12 cannot be misread. */
const DATE_FORMAT = 'D MMMM YYYY';

type Shared = Pick<DateInputProps, 'label' | 'description' | 'required' | 'minDate' | 'maxDate'>;

/**
 * A calendar date (`YYYY-MM-DD`, '' when empty) written and picked in the page's language; a
 * native date input follows the browser's locale instead ("mm/dd/yyyy" on an Arabic page).
 * Typing works too: the ISO form or the date as shown.
 */
export function LocalizedDateInput({
  value,
  onChange,
  ...props
}: Omit<DateInputProps, 'value' | 'onChange' | 'locale' | 'valueFormat' | 'dateParser'> & {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <DateInput
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      popoverProps={{ withinPortal: true }}
      {...props}
      locale={lang}
      valueFormat={DATE_FORMAT}
      dateParser={(typed) => {
        const parsed = [dayjs(typed, 'YYYY-MM-DD', true), dayjs(typed, DATE_FORMAT, lang)].find(
          (d) => d.isValid(),
        );
        return parsed ? parsed.format('YYYY-MM-DD') : null;
      }}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
    />
  );
}

/** LocalizedDateInput bound to react-hook-form. */
export function DateField<T extends FieldValues>({
  control,
  name,
  ...props
}: BoundProps<T> & Shared) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useFormErrorText();
  return (
    <LocalizedDateInput
      {...props}
      name={field.name}
      ref={field.ref}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={errorText(fieldState.error)}
    />
  );
}

/**
 * A local date and time (`YYYY-MM-DDTHH:mm` in the form, as a datetime-local input gives it),
 * shown and picked in the page's language.
 */
export function DateTimeField<T extends FieldValues>({
  control,
  name,
  ...props
}: BoundProps<T> & Omit<Shared, 'minDate' | 'maxDate'>) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { field, fieldState } = useController({ control, name });
  const errorText = useFormErrorText();
  const local = (field.value as string | undefined) ?? '';
  return (
    <DateTimePicker
      {...props}
      locale={lang}
      valueFormat={`${DATE_FORMAT} HH:mm`}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      submitButtonProps={{ 'aria-label': t('common.done') }}
      name={field.name}
      ref={field.ref}
      value={local ? `${local.replace('T', ' ')}:00` : null}
      onChange={(value) => field.onChange(value ? value.slice(0, 16).replace(' ', 'T') : '')}
      onBlur={field.onBlur}
      error={errorText(fieldState.error)}
      popoverProps={{ withinPortal: true }}
    />
  );
}
