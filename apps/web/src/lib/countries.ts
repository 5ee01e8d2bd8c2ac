import { type Language, pickLocalized } from '@multaqa/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from './api-client';

/** GET /api/countries (public) → every ISO 3166-1 country with its name in ar/en/fr. */
export const countriesQueryOptions = queryOptions({
  queryKey: ['countries'],
  queryFn: () => unwrap(api.GET('/api/countries')),
  staleTime: Infinity,
});

/** Every country as an option, named in `lang` and sorted the way its readers sort. */
export function useCountryOptions(lang: Language): { value: string; label: string }[] {
  const query = useQuery(countriesQueryOptions);
  return useMemo(() => {
    const collator = new Intl.Collator(lang);
    return (query.data ?? [])
      .map((country) => ({ value: country.code, label: pickLocalized(country.name, lang) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [query.data, lang]);
}
