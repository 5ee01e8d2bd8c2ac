import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { pickLocalized } from '@multaqa/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../lib/api-client';
import { currentLanguage } from '../../lib/i18n';
import { nameFor } from '../../lib/person-names';

/** GET /api/participants?q= — the first matches, for pickers. */
function searchParticipantsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['participants', 'picker', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/participants', { params: { query: { q: q || undefined, pageSize: 20 } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

type ParticipantSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (id: string | null) => void;
};

/** Find an existing participant by name, email or phone. */
export function ParticipantSelect({ value, onChange, ...props }: ParticipantSelectProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const query = useQuery(searchParticipantsQueryOptions(debounced));
  const [labels] = useState(() => new Map<string, string>());
  const data = useMemo(() => {
    for (const p of query.data?.items ?? []) {
      const name = nameFor(p, lang);
      const extra = [p.institution ? pickLocalized(p.institution.name, lang) : '', p.email ?? '']
        .filter(Boolean)
        .join(' · ');
      labels.set(p.id, extra ? `${name} — ${extra}` : name);
    }
    const ids = new Set([...(query.data?.items ?? []).map((p) => p.id), ...(value ? [value] : [])]);
    return [...ids].map((id) => ({ value: id, label: labels.get(id) ?? id }));
  }, [query.data, value, labels, lang]);
  return (
    <Select
      searchable
      clearable
      filter={({ options }) => options}
      nothingFoundMessage={query.isError ? t('pickers.loadFailed') : t('pickers.nothingFound')}
      {...props}
      data={data}
      value={value}
      onSearchChange={setSearch}
      onChange={onChange}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
