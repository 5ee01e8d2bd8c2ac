import { Button, Group, Modal, NativeSelect, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ROLES, type Role, type User } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { TablePagination } from '../../../components/table-pagination';
import { SearchField } from '../../../components/search-field';
import { useDocumentTitle } from '../../../lib/document-title';
import { useCreateUser } from '../api/create-user';
import { listUsersQueryOptions, USERS_PAGE_SIZE } from '../api/list-users';
import { useUpdateUser } from '../api/update-user';
import { CreateUserForm, EditUserForm } from '../components/user-form';
import { UsersTable, UsersTableSkeleton } from '../components/users-table';

const route = getRouteApi('/_authed/users');

export function UsersPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  useDocumentTitle(t('users.title'));

  const page = search.page ?? 1;
  const query = useQuery(
    listUsersQueryOptions({ q: search.q, role: search.role, page, pageSize: USERS_PAGE_SIZE }),
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('users.title')}</Title>
        <Button onClick={() => setCreating(true)}>{t('users.create')}</Button>
      </Group>

      <Group align="flex-end" gap="sm" role="search" aria-label={t('users.filters.label')}>
        <SearchField
          label={t('users.filters.search')}
          placeholder={t('users.filters.searchPlaceholder')}
          value={search.q}
          onSearch={(q) =>
            void navigate({
              search: (prev) => ({ ...prev, q: q || undefined, page: undefined }),
              replace: true,
            })
          }
          w={{ base: '100%', sm: 280 }}
        />
        <NativeSelect
          label={t('users.filters.role')}
          value={search.role ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const role = ROLES.find((r) => r === value) as Role | undefined;
            void navigate({
              search: (prev) => ({ ...prev, role, page: undefined }),
              replace: true,
            });
          }}
          data={[
            { value: '', label: t('users.filters.allRoles') },
            ...ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
          ]}
        />
      </Group>

      {query.isPending ? (
        <UsersTableSkeleton />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState
          title={search.q ? t('users.empty.noResults', { q: search.q }) : t('users.empty.title')}
        />
      ) : (
        <>
          <UsersTable users={query.data.items} onEdit={setEditing} />
          <TablePagination
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            onChange={(next) =>
              void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) })
            }
          />
        </>
      )}

      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('users.create')}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        <CreateUserForm
          onCancel={() => setCreating(false)}
          onSave={async (body) => {
            const user = await createUser.mutateAsync(body);
            setCreating(false);
            notifications.show({
              color: 'teal',
              message: t('users.created', { name: user.fullName }),
            });
          }}
        />
      </Modal>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('users.edit', { name: editing.fullName }) : ''}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        {editing && (
          <EditUserForm
            key={editing.id}
            user={editing}
            onCancel={() => setEditing(null)}
            onSave={async (body) => {
              const user = await updateUser.mutateAsync({ id: editing.id, body });
              setEditing(null);
              notifications.show({
                color: 'teal',
                message: t('users.updated', { name: user.fullName }),
              });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
