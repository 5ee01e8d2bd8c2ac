import { Select, type SelectProps } from '@mantine/core';
import { pickLocalized } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countriesQueryOptions } from '../../lib/countries';
import { currentLanguage } from '../../lib/i18n';

type CountrySelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null | undefined;
  onChange: (code: string | null) => void;
};

/** A searchable country list, names in the UI language and sorted the way its readers sort. */
export function CountrySelect({ value, onChange, ...props }: CountrySelectProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(countriesQueryOptions);
  const data = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return (query.data ?? [])
      .map((country) => ({
        value: country.code,
        label: pickLocalized(country.name, lang) || country.code,
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [query.data, lang]);

  return (
    <Select
      searchable
      nothingFoundMessage={query.isError ? t('pickers.loadFailed') : t('pickers.nothingFound')}
      {...props}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
