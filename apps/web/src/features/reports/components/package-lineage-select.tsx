import { Select, type SelectProps } from '@mantine/core';
import { pickLocalized, type TrainingPackageSummary } from '@multaqa/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { allPages } from '../../../lib/all-pages';
import { api, unwrap } from '../../../lib/api-client';
import { currentLanguage } from '../../../lib/i18n';

/**
 * GET /api/training-packages, every status and every page: a report counts the deliveries of a
 * package's archived versions too. Drafts were never delivered but cost nothing to list.
 */
const packagesQueryOptions = queryOptions({
  queryKey: ['training-packages', 'picker', 'lineages'],
  queryFn: () =>
    allPages((page) =>
      unwrap(
        api.GET('/api/training-packages', {
          params: { query: { page, pageSize: 100, sort: 'title', order: 'asc' } },
        }),
      ),
    ),
});

/** One entry per package, whatever its versions, named by its newest version. */
export function lineagesOf(packages: TrainingPackageSummary[]): TrainingPackageSummary[] {
  const newest = new Map<string, TrainingPackageSummary>();
  for (const pkg of packages) {
    const known = newest.get(pkg.lineageId);
    if (!known || pkg.version > known.version) newest.set(pkg.lineageId, pkg);
  }
  return [...newest.values()];
}

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | undefined;
  onChange: (lineageId: string | undefined) => void;
};

/** A training package as the reports count it: all its versions together (its lineage). */
export function PackageLineageSelect({ value, onChange, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(packagesQueryOptions);
  const data = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return lineagesOf(query.data ?? [])
      .map((pkg) => ({
        value: pkg.lineageId,
        label: pickLocalized(pkg.title, lang) || t('pickers.untitled'),
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [query.data, lang, t]);

  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={query.isError ? t('pickers.loadFailed') : t('pickers.noPackages')}
      {...props}
      data={data}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
