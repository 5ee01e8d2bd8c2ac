import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { pickLocalized, type InstitutionRef, type Language } from '@multaqa/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../lib/api-client';
import { formatCountry } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';

/** GET /api/institutions?q= — the first matches by name, for pickers. */
function searchInstitutionsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['institutions', 'picker', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/institutions', { params: { query: { q: q || undefined, pageSize: 30 } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

type Ref = Pick<InstitutionRef, 'id' | 'name' | 'countryCode'>;

function labelOf(ref: Ref, lang: Language, untitled: string) {
  return `${pickLocalized(ref.name, lang) || untitled} — ${formatCountry(ref.countryCode, lang)}`;
}

/** Search results plus the institutions already chosen, so chosen ones keep their labels. */
function useInstitutionOptions(search: string, chosen: Ref[], exclude?: string) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const query = useQuery(searchInstitutionsQueryOptions(debounced));
  const [known, setKnown] = useState<Map<string, Ref>>(() => new Map());
  const data = useMemo(() => {
    const refs = new Map<string, Ref>();
    for (const ref of [...chosen, ...known.values(), ...(query.data?.items ?? [])]) {
      if (ref.id !== exclude) refs.set(ref.id, ref);
    }
    return [...refs.values()].map((ref) => ({
      value: ref.id,
      label: labelOf(ref, lang, t('pickers.untitled')),
    }));
  }, [chosen, known, query.data, exclude, lang, t]);

  /** Remembers a picked institution's name, so it still shows after the search changes. */
  const remember = (ids: string[]) => {
    const found = (query.data?.items ?? []).filter((item) => ids.includes(item.id));
    if (found.length === 0) return;
    setKnown((prev) => {
      const next = new Map(prev);
      for (const item of found) next.set(item.id, item);
      return next;
    });
  };
  const nothingFound = query.isError ? t('pickers.loadFailed') : t('pickers.nothingFound');
  return { data, remember, nothingFound };
}

type MultiProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & {
  value: string[];
  onChange: (ids: string[]) => void;
  /** Institutions already chosen (from the server), to label their ids. */
  initial?: Ref[];
};

/** Partners and the like: search institutions by name and pick several. */
export function InstitutionMultiSelect({ value, onChange, initial = [], ...props }: MultiProps) {
  const [search, setSearch] = useState('');
  const { data, remember, nothingFound } = useInstitutionOptions(search, initial);
  return (
    <MultiSelect
      searchable
      clearable
      filter={({ options }) => options}
      nothingFoundMessage={nothingFound}
      {...props}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(ids) => {
        remember(ids);
        onChange(ids);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

type SingleProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null | undefined;
  onChange: (id: string | null) => void;
  initial?: Ref | null;
  /** An institution that may not be offered (e.g. itself, as its own parent). */
  exclude?: string;
};

/** One institution, e.g. the parent of another. */
export function InstitutionSelect({ value, onChange, initial, exclude, ...props }: SingleProps) {
  const [search, setSearch] = useState('');
  const chosen = useMemo(() => (initial ? [initial] : []), [initial]);
  const { data, remember, nothingFound } = useInstitutionOptions(search, chosen, exclude);
  return (
    <Select
      searchable
      clearable
      filter={({ options }) => options}
      nothingFoundMessage={nothingFound}
      {...props}
      data={data}
      value={value || null}
      onSearchChange={setSearch}
      onChange={(id) => {
        if (id) remember([id]);
        onChange(id);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
