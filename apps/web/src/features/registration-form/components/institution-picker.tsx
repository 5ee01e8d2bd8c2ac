import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormErrorText } from '../../../components/form-error';
import { currentLanguage } from '../../../lib/i18n';
import { publicInstitutionsQueryOptions } from '../api/list-public-institutions';
import { institutionOptions } from './institution-options';
import type { RegistrationFormValues } from './registration-form-values';

/**
 * The person's institution among those of their country, searchable. Loaded on its own (lazy)
 * once a nationality is chosen, so the form's first visit on a phone does not pay for it.
 */
export default function InstitutionPicker({
  control,
  country,
}: {
  control: Control<RegistrationFormValues>;
  country: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { field, fieldState } = useController({ control, name: 'institutionId' });
  const errorText = useFormErrorText();
  const query = useQuery(publicInstitutionsQueryOptions(country));
  const data = useMemo(() => institutionOptions(query.data ?? [], lang), [query.data, lang]);
  const { value, onChange } = field;

  // A choice made for another nationality is not one of this country's institutions.
  useEffect(() => {
    if (value && query.data && !query.data.some((i) => i.id === value)) onChange('');
  }, [value, query.data, onChange]);

  return (
    <Select
      label={t('register.fields.institution')}
      description={t('register.hints.institution')}
      placeholder={query.isPending ? t('common.loading') : t('register.searchInstitution')}
      searchable
      clearable
      data={data}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      onBlur={field.onBlur}
      ref={field.ref}
      name={field.name}
      nothingFoundMessage={
        query.isPending
          ? t('common.loading')
          : query.isError
            ? t('pickers.loadFailed')
            : query.data.length === 0
              ? t('register.noInstitutions')
              : t('pickers.nothingFound')
      }
      error={errorText(fieldState.error)}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}
