import type { Gender, InstitutionRef } from '@multaqa/contract';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NativeSelectField } from './choice-fields';
import { useFormErrorText } from './form-error';
import { CountrySelect } from './pickers/country-select';
import { InstitutionSelect } from './pickers/institution-select';
import { TextField } from './text-fields';

/** The fields that say who a person is, as every staff form about a person names them. */
export interface PersonIdentityValues extends FieldValues {
  fullNameAr: string;
  fullNameLatin: string;
  gender: Gender | '';
  nationality: string;
  institutionId: string | null;
}

/**
 * Both names, gender, nationality and institution: the participant form and the walk-in form
 * at the door share them, so a person is described the same way wherever staff add one.
 */
export function PersonIdentityFields<T extends PersonIdentityValues>({
  control,
  institution,
  autoFocus = false,
}: {
  control: Control<T>;
  /** The institution already chosen, for its name before the list loads. */
  institution: InstitutionRef | null;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const errorText = useFormErrorText();
  const name = (field: keyof PersonIdentityValues) => field as Path<T>;
  return (
    <>
      <TextField
        control={control}
        name={name('fullNameAr')}
        label={t('register.fields.fullNameAr')}
        dir="rtl"
        lang="ar"
        maxLength={200}
        data-autofocus={autoFocus || undefined}
      />
      <TextField
        control={control}
        name={name('fullNameLatin')}
        label={t('register.fields.fullNameLatin')}
        dir="ltr"
        maxLength={200}
      />
      <NativeSelectField
        control={control}
        name={name('gender')}
        label={t('register.fields.gender')}
        required
        data={[
          { value: '', label: t('register.choose') },
          { value: 'female', label: t('participants.gender.female') },
          { value: 'male', label: t('participants.gender.male') },
        ]}
      />
      <Controller
        control={control}
        name={name('nationality')}
        render={({ field, fieldState }) => (
          <CountrySelect
            ref={field.ref}
            label={t('register.fields.nationality')}
            required
            value={field.value as string}
            onChange={(code) => field.onChange(code ?? '')}
            onBlur={field.onBlur}
            error={errorText(fieldState.error)}
          />
        )}
      />
      <Controller
        control={control}
        name={name('institutionId')}
        render={({ field, fieldState }) => (
          <InstitutionSelect
            ref={field.ref}
            label={t('participants.fields.institution')}
            value={field.value as string | null}
            onChange={field.onChange}
            onBlur={field.onBlur}
            initial={institution}
            error={errorText(fieldState.error)}
          />
        )}
      />
    </>
  );
}
