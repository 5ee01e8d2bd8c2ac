import { Group, NativeSelect } from '@mantine/core';
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../components/pickers/country-select';
import { SearchField } from '../../../components/search-field';
import { oneOf } from '../../../lib/search-params';
import type { ListEventsParams } from '../api/list-events';
import { LocalizedDateInput } from '../../../components/date-fields';

export type EventSort = NonNullable<ListEventsParams['sort']>;
export type SortOrder = NonNullable<ListEventsParams['order']>;

const SORT_OPTIONS: { sort: EventSort; order: SortOrder; key: string }[] = [
  { sort: 'startDate', order: 'desc', key: 'startDesc' },
  { sort: 'startDate', order: 'asc', key: 'startAsc' },
  { sort: 'createdAt', order: 'desc', key: 'createdDesc' },
  { sort: 'title', order: 'asc', key: 'titleAsc' },
  { sort: 'title', order: 'desc', key: 'titleDesc' },
];

export interface EventsFilterValues {
  q?: string;
  kind?: EventKind;
  status?: EventStatus;
  countryCode?: string;
  from?: string;
  to?: string;
  sort?: EventSort;
  order?: SortOrder;
}

interface EventsFiltersProps {
  values: EventsFilterValues & { sort: EventSort; order: SortOrder };
  onChange: (change: EventsFilterValues) => void;
}

export function EventsFilters({ values, onChange }: EventsFiltersProps) {
  const { t } = useTranslation();

  return (
    <Group
      align="flex-end"
      gap="sm"
      wrap="wrap"
      role="search"
      aria-label={t('events.filters.label')}
    >
      <SearchField
        label={t('events.filters.search')}
        placeholder={t('events.filters.searchPlaceholder')}
        value={values.q}
        onSearch={(text) => onChange({ q: text })}
        w={{ base: '100%', sm: 240 }}
      />
      <NativeSelect
        label={t('events.filters.kind')}
        value={values.kind ?? ''}
        onChange={(event) => onChange({ kind: oneOf(EVENT_KINDS, event.currentTarget.value) })}
        data={[
          { value: '', label: t('events.filters.allKinds') },
          ...EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) })),
        ]}
      />
      <NativeSelect
        label={t('events.filters.status')}
        value={values.status ?? ''}
        onChange={(event) => onChange({ status: oneOf(EVENT_STATUSES, event.currentTarget.value) })}
        data={[
          { value: '', label: t('events.filters.allStatuses') },
          ...EVENT_STATUSES.map((s) => ({ value: s, label: t(`events.status.${s}`) })),
        ]}
      />
      <CountrySelect
        label={t('events.filters.country')}
        placeholder={t('events.filters.allCountries')}
        clearable
        value={values.countryCode}
        onChange={(code) => onChange({ countryCode: code ?? undefined })}
        w={{ base: '100%', sm: 200 }}
      />
      <LocalizedDateInput
        label={t('events.filters.from')}
        clearable
        value={values.from ?? ''}
        onChange={(from) => onChange({ from: from || undefined })}
      />
      <LocalizedDateInput
        label={t('events.filters.to')}
        clearable
        value={values.to ?? ''}
        onChange={(to) => onChange({ to: to || undefined })}
      />
      <NativeSelect
        label={t('events.filters.sort')}
        value={`${values.sort}:${values.order}`}
        onChange={(event) => {
          const option = SORT_OPTIONS.find(
            (o) => `${o.sort}:${o.order}` === event.currentTarget.value,
          );
          if (option) onChange({ sort: option.sort, order: option.order });
        }}
        data={SORT_OPTIONS.map((o) => ({
          value: `${o.sort}:${o.order}`,
          label: t(`events.sort.${o.key}`),
        }))}
      />
    </Group>
  );
}
