import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import type { StaffRole } from '@multaqa/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../lib/api-client';

/** GET /api/users/staff (admins and coordinators): the centre's active staff, names only. */
export const staffQueryOptions = queryOptions({
  queryKey: ['users', 'staff'],
  queryFn: () => unwrap(api.GET('/api/users/staff', { params: { query: {} } })),
  staleTime: 60_000,
});

type UserMultiSelectProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & {
  value: string[];
  onChange: (ids: string[]) => void;
  roles: readonly StaffRole[];
  /** Users already chosen (from the server), so their names show even before the list loads. */
  initial?: { id: string; fullName: string }[];
};

/** Pick staff by name, among those holding one of `roles`. */
export function UserMultiSelect({
  value,
  onChange,
  roles,
  initial = [],
  ...props
}: UserMultiSelectProps) {
  const { t } = useTranslation();
  const query = useQuery(staffQueryOptions);
  const data = useMemo(() => {
    const options = new Map<string, string>();
    for (const user of initial) options.set(user.id, user.fullName);
    for (const user of query.data ?? [])
      if (user.roles.some((role) => (roles as readonly string[]).includes(role)))
        options.set(user.id, user.fullName);
    return [...options].map(([id, label]) => ({ value: id, label }));
  }, [initial, query.data, roles]);
  return (
    <MultiSelect
      searchable
      clearable
      nothingFoundMessage={query.isError ? t('pickers.loadFailed') : t('pickers.nothingFound')}
      {...props}
      data={data}
      value={value}
      onChange={onChange}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
