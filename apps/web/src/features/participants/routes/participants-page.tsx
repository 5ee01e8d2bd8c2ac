import { Button, Group, Modal, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Participant } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { ButtonLink } from '../../../components/links';
import { ParticipantForm } from '../../../components/participant-form';
import { CountrySelect } from '../../../components/pickers/country-select';
import { InstitutionSelect } from '../../../components/pickers/institution-select';
import { TablePagination } from '../../../components/table-pagination';
import { SearchField } from '../../../components/search-field';
import { useDocumentTitle } from '../../../lib/document-title';
import { currentLanguage } from '../../../lib/i18n';
import {
  listParticipantsQueryOptions,
  PARTICIPANTS_PAGE_SIZE,
  useCreateParticipant,
  useUpdateParticipant,
} from '../api/participants';
import { ParticipantsTable, ParticipantsTableSkeleton } from '../components/participants-table';
import { nameFor } from '../../../lib/person-names';

const route = getRouteApi('/_authed/_events/participants');

/** `/participants`: everyone the reader may see, searchable; create and edit in a modal. */
export function ParticipantsPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const goTo = useNavigate();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Participant | null>(null);
  const create = useCreateParticipant();
  const update = useUpdateParticipant();
  useDocumentTitle(t('participants.title'));

  const query = useQuery(
    listParticipantsQueryOptions({
      q: search.q,
      institutionId: search.institutionId,
      nationality: search.nationality,
      sort: search.sort ?? 'name',
      order: search.sort === 'createdAt' ? 'desc' : 'asc',
      page: search.page ?? 1,
      pageSize: PARTICIPANTS_PAGE_SIZE,
    }),
  );
  const open = (p: Participant) => void goTo({ to: '/participants/$id', params: { id: p.id } });
  const filtered = !!(search.q || search.institutionId || search.nationality);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('participants.title')}</Title>
        <Group gap="xs">
          <ButtonLink to="/participants/import" variant="default">
            {t('participants.import.title')}
          </ButtonLink>
          <Button onClick={() => setCreating(true)}>{t('participants.create')}</Button>
        </Group>
      </Group>
      <Group
        align="flex-end"
        gap="sm"
        wrap="wrap"
        role="search"
        aria-label={t('participants.filters.label')}
      >
        <SearchField
          label={t('participants.filters.search')}
          placeholder={t('participants.filters.searchPlaceholder')}
          value={search.q}
          onSearch={(q) =>
            void navigate({
              search: (prev) => ({ ...prev, q: q || undefined, page: undefined }),
              replace: true,
            })
          }
          w={{ base: '100%', sm: 280 }}
        />
        <InstitutionSelect
          label={t('participants.filters.institution')}
          placeholder={t('registrations.filters.allInstitutions')}
          value={search.institutionId}
          onChange={(id) =>
            void navigate({
              search: (prev) => ({ ...prev, institutionId: id ?? undefined, page: undefined }),
              replace: true,
            })
          }
          w={{ base: '100%', sm: 260 }}
        />
        <CountrySelect
          label={t('participants.filters.nationality')}
          placeholder={t('registrations.filters.allCountries')}
          clearable
          value={search.nationality}
          onChange={(code) =>
            void navigate({
              search: (prev) => ({ ...prev, nationality: code ?? undefined, page: undefined }),
              replace: true,
            })
          }
          w={{ base: '100%', sm: 220 }}
        />
      </Group>

      {query.isPending ? (
        <ParticipantsTableSkeleton />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState
          title={filtered ? t('participants.empty.noMatches') : t('participants.empty.title')}
          description={filtered ? undefined : t('participants.empty.description')}
        />
      ) : (
        <>
          <ParticipantsTable items={query.data.items} onEdit={setEditing} />
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
        title={t('participants.create')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        <ParticipantForm
          submitLabel={t('participants.create')}
          onCancel={() => setCreating(false)}
          onOpenDuplicate={open}
          onSave={async (body) => {
            const created = await create.mutateAsync(body);
            setCreating(false);
            notifications.show({
              color: 'teal',
              message: t('participants.created', { name: nameFor(created, lang) }),
            });
          }}
        />
      </Modal>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('participants.editNamed', { name: nameFor(editing, lang) }) : ''}
        size="xl"
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        {editing && (
          <ParticipantForm
            key={editing.id}
            participant={editing}
            submitLabel={t('actions.save')}
            onCancel={() => setEditing(null)}
            onOpenDuplicate={open}
            onSave={async (body) => {
              const { allowDuplicate: _ignored, ...patch } = body;
              await update.mutateAsync({ id: editing.id, body: patch });
              setEditing(null);
              notifications.show({
                color: 'teal',
                message: t('participants.updated', { name: nameFor(editing, lang) }),
              });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
