import { Group, NativeSelect } from '@mantine/core';
import { PACKAGE_STATUSES, type PackageStatus } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import type { ListPackagesParams } from '../api/list-packages';
import { SearchField } from '../../../components/search-field';
import { oneOf } from '../../../lib/search-params';

export type PackageSort = NonNullable<ListPackagesParams['sort']>;
export type SortOrder = NonNullable<ListPackagesParams['order']>;

const SORT_OPTIONS: { sort: PackageSort; order: SortOrder; key: string }[] = [
  { sort: 'updatedAt', order: 'desc', key: 'updatedDesc' },
  { sort: 'updatedAt', order: 'asc', key: 'updatedAsc' },
  { sort: 'createdAt', order: 'desc', key: 'createdDesc' },
  { sort: 'title', order: 'asc', key: 'titleAsc' },
  { sort: 'title', order: 'desc', key: 'titleDesc' },
  { sort: 'totalHours', order: 'desc', key: 'hoursDesc' },
  { sort: 'totalHours', order: 'asc', key: 'hoursAsc' },
];

interface PackagesFiltersProps {
  q: string;
  status: PackageStatus | undefined;
  sort: PackageSort;
  order: SortOrder;
  /** Only coordinators and admins see drafts and archived packages, so only they filter by status. */
  showStatus: boolean;
  onChange: (change: {
    q?: string;
    status?: PackageStatus;
    sort?: PackageSort;
    order?: SortOrder;
  }) => void;
}

export function PackagesFilters({
  q,
  status,
  sort,
  order,
  showStatus,
  onChange,
}: PackagesFiltersProps) {
  const { t } = useTranslation();

  return (
    <Group
      align="flex-end"
      gap="sm"
      wrap="wrap"
      role="search"
      aria-label={t('packages.filters.label')}
    >
      <SearchField
        label={t('packages.filters.search')}
        placeholder={t('packages.filters.searchPlaceholder')}
        value={q}
        onSearch={(text) => onChange({ q: text })}
        w={{ base: '100%', sm: 280 }}
      />
      {showStatus && (
        <NativeSelect
          label={t('packages.filters.status')}
          value={status ?? ''}
          onChange={(event) =>
            onChange({ status: oneOf(PACKAGE_STATUSES, event.currentTarget.value) })
          }
          data={[
            { value: '', label: t('packages.filters.allStatuses') },
            ...PACKAGE_STATUSES.map((s) => ({ value: s, label: t(`packages.status.${s}`) })),
          ]}
        />
      )}
      <NativeSelect
        label={t('packages.filters.sort')}
        value={`${sort}:${order}`}
        onChange={(event) => {
          const option = SORT_OPTIONS.find(
            (o) => `${o.sort}:${o.order}` === event.currentTarget.value,
          );
          if (option) onChange({ sort: option.sort, order: option.order });
        }}
        data={SORT_OPTIONS.map((o) => ({
          value: `${o.sort}:${o.order}`,
          label: t(`packages.sort.${o.key}`),
        }))}
      />
    </Group>
  );
}
