import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import type { Role } from '@multaqa/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../lib/api-client';

/** GET /api/users?role= (admins only): everyone with one of these roles. */
export function usersByRoleQueryOptions(roles: readonly Role[]) {
  return queryOptions({
    queryKey: ['users', 'picker', ...roles],
    queryFn: async () => {
      const pages = await Promise.all(
        roles.map((role) =>
          unwrap(api.GET('/api/users', { params: { query: { role, pageSize: 100 } } })),
        ),
      );
      const users = new Map<string, { id: string; fullName: string; email: string }>();
      for (const page of pages) for (const user of page.items) users.set(user.id, user);
      return [...users.values()];
    },
    staleTime: 60_000,
  });
}

type UserMultiSelectProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & {
  value: string[];
  onChange: (ids: string[]) => void;
  roles: readonly Role[];
  /** Users already chosen (from the server), so their names show even before the list loads. */
  initial?: { id: string; fullName: string }[];
};

/** Pick users by name, among those holding one of `roles`. Only admins may list users. */
export function UserMultiSelect({
  value,
  onChange,
  roles,
  initial = [],
  ...props
}: UserMultiSelectProps) {
  const { t } = useTranslation();
  const query = useQuery(usersByRoleQueryOptions(roles));
  const data = useMemo(() => {
    const options = new Map<string, string>();
    for (const user of initial) options.set(user.id, user.fullName);
    for (const user of query.data ?? []) options.set(user.id, user.fullName);
    return [...options].map(([id, label]) => ({ value: id, label }));
  }, [initial, query.data]);
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
