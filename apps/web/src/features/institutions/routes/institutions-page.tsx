import { Button, Group, Modal, NativeSelect, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  INSTITUTION_KINDS,
  pickLocalized,
  type Institution,
  type InstitutionKind,
} from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { CountrySelect } from '../../../components/pickers/country-select';
import { TablePagination } from '../../../components/table-pagination';
import { SearchField } from '../../../components/search-field';
import { useDocumentTitle } from '../../../lib/document-title';
import { currentLanguage } from '../../../lib/i18n';
import { canManageEvents, useCurrentUser } from '../../../lib/session';
import { useCreateInstitution } from '../api/create-institution';
import { INSTITUTIONS_PAGE_SIZE, listInstitutionsQueryOptions } from '../api/list-institutions';
import { useUpdateInstitution } from '../api/update-institution';
import { InstitutionForm } from '../components/institution-form';
import { InstitutionsTable, InstitutionsTableSkeleton } from '../components/institutions-table';

const route = getRouteApi('/_authed/_events/institutions');

export function InstitutionsPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const user = useCurrentUser();
  const canManage = canManageEvents(user);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Institution | null>(null);
  const createInstitution = useCreateInstitution();
  const updateInstitution = useUpdateInstitution();
  useDocumentTitle(t('institutions.title'));

  const query = useQuery(
    listInstitutionsQueryOptions({
      q: search.q,
      countryCode: search.countryCode,
      kind: search.kind,
      sort: search.sort ?? 'name',
      order: search.order ?? 'asc',
      page: search.page ?? 1,
      pageSize: INSTITUTIONS_PAGE_SIZE,
    }),
  );
  const filtered = !!(search.q || search.countryCode || search.kind);
  const saved = (institution: Institution, key: 'created' | 'updated') =>
    notifications.show({
      color: 'teal',
      message: t(`institutions.${key}`, { name: pickLocalized(institution.name, lang) }),
    });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('institutions.title')}</Title>
        {canManage && <Button onClick={() => setCreating(true)}>{t('institutions.create')}</Button>}
      </Group>

      <Group
        align="flex-end"
        gap="sm"
        wrap="wrap"
        role="search"
        aria-label={t('institutions.filters.label')}
      >
        <SearchField
          label={t('institutions.filters.search')}
          placeholder={t('institutions.filters.searchPlaceholder')}
          value={search.q}
          onSearch={(q) =>
            void navigate({
              search: (prev) => ({ ...prev, q: q || undefined, page: undefined }),
              replace: true,
            })
          }
          w={{ base: '100%', sm: 280 }}
        />
        <CountrySelect
          label={t('institutions.filters.country')}
          placeholder={t('institutions.filters.allCountries')}
          clearable
          value={search.countryCode}
          onChange={(code) =>
            void navigate({
              search: (prev) => ({ ...prev, countryCode: code ?? undefined, page: undefined }),
              replace: true,
            })
          }
          w={{ base: '100%', sm: 220 }}
        />
        <NativeSelect
          label={t('institutions.filters.kind')}
          value={search.kind ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const kind = INSTITUTION_KINDS.find((k) => k === value) as InstitutionKind | undefined;
            void navigate({
              search: (prev) => ({ ...prev, kind, page: undefined }),
              replace: true,
            });
          }}
          data={[
            { value: '', label: t('institutions.filters.allKinds') },
            ...INSTITUTION_KINDS.map((k) => ({ value: k, label: t(`institutions.kind.${k}`) })),
          ]}
        />
      </Group>

      {query.isPending ? (
        <InstitutionsTableSkeleton />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState
          title={
            search.q
              ? t('institutions.empty.noResults', { q: search.q })
              : filtered
                ? t('institutions.empty.noMatches')
                : t('institutions.empty.title')
          }
          description={filtered ? t('institutions.empty.tryAgain') : undefined}
        />
      ) : (
        <>
          <InstitutionsTable items={query.data.items} onEdit={canManage ? setEditing : undefined} />
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
        title={t('institutions.create')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        <InstitutionForm
          submitLabel={t('institutions.create')}
          onCancel={() => setCreating(false)}
          onSave={async (body) => {
            const created = await createInstitution.mutateAsync(body);
            setCreating(false);
            saved(created, 'created');
          }}
        />
      </Modal>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing ? t('institutions.editNamed', { name: pickLocalized(editing.name, lang) }) : ''
        }
        size="lg"
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        {editing && (
          <InstitutionForm
            key={editing.id}
            institution={editing}
            submitLabel={t('institutions.editNamed', { name: pickLocalized(editing.name, lang) })}
            onCancel={() => setEditing(null)}
            onSave={async (body) => {
              const updated = await updateInstitution.mutateAsync({ id: editing.id, body });
              setEditing(null);
              saved(updated, 'updated');
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
