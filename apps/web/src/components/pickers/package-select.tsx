import { Select, type SelectProps } from '@mantine/core';
import { pickLocalized } from '@multaqa/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { allPages } from '../../lib/all-pages';
import { api, unwrap } from '../../lib/api-client';
import { formatDate, formatHours } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';

/** GET /api/training-packages?status=published, every page: the packages a training can deliver. */
const publishedPackagesQueryOptions = queryOptions({
  queryKey: ['training-packages', 'picker', 'published'],
  queryFn: () =>
    allPages((page) =>
      unwrap(
        api.GET('/api/training-packages', {
          params: {
            query: { status: 'published', page, pageSize: 100, sort: 'title', order: 'asc' },
          },
        }),
      ),
    ),
});

type PackageSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null | undefined;
  onChange: (packageId: string | null) => void;
  /** The package already chosen (e.g. on edit), shown even if it is no longer published. */
  current?: { id: string; title: Record<string, string | undefined>; version: number } | null;
};

export function PackageSelect({ value, onChange, current, ...props }: PackageSelectProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(publishedPackagesQueryOptions);
  const data = useMemo(() => {
    const label = (title: Record<string, string | undefined>, version: number) =>
      t('pickers.packageLabel', {
        title: pickLocalized(title, lang) || t('pickers.untitled'),
        version,
      });
    const packages = query.data ?? [];
    const options = packages.map((pkg) => ({
      value: pkg.id,
      label: label(pkg.title, pkg.version),
    }));
    // Two packages that read alike are told apart by their size and publication date.
    const seen = new Map<string, number>();
    for (const o of options) seen.set(o.label, (seen.get(o.label) ?? 0) + 1);
    packages.forEach((pkg, i) => {
      if ((seen.get(options[i].label) ?? 0) < 2) return;
      options[i].label = t('pickers.packageLabelDistinct', {
        label: options[i].label,
        hours: t('detail.hours', {
          count: pkg.totalHours,
          hours: formatHours(pkg.totalHours, lang),
        }),
        date: formatDate(pkg.publishedAt ?? pkg.createdAt, lang),
      });
    });
    if (current && !options.some((o) => o.value === current.id)) {
      options.unshift({ value: current.id, label: label(current.title, current.version) });
    }
    return options;
  }, [query.data, current, lang, t]);

  return (
    <Select
      searchable
      nothingFoundMessage={query.isError ? t('pickers.loadFailed') : t('pickers.noPackages')}
      {...props}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
