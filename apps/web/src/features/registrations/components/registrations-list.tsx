import { Anchor, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { REGISTRATION_STATUSES, type Registration } from '@multaqa/contract';
import type { components } from '@multaqa/contract/openapi';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { CountrySelect } from '../../../components/pickers/country-select';
import { InstitutionSelect } from '../../../components/pickers/institution-select';
import { TablePagination } from '../../../components/table-pagination';
import { SearchField } from '../../../components/search-field';
import { currentLanguage } from '../../../lib/i18n';
import { useBulkRegistrationAction } from '../api/bulk-action';
import { useCancelRegistration } from '../api/cancel-registration';
import { registrationFormQueryOptions } from '../api/get-registration-form';
import {
  listRegistrationsQueryOptions,
  REGISTRATIONS_PAGE_SIZE,
  registrationsExportUrl,
} from '../api/list-registrations';
import type { RegistrationsSearch } from '../registrations-search';
import { BulkActionDialog, type BulkAction } from './bulk-action-dialog';
import { BulkResultView } from './bulk-result';
import { CancelRegistrationDialog } from './cancel-registration-dialog';
import { NominateDialog } from './nominate-dialog';
import { RegistrationsTable, RegistrationsTableSkeleton } from './registrations-table';
import { nameFor } from '../../../lib/person-names';

type BulkResult = components['schemas']['BulkResult'];

const eventRoute = getRouteApi('/_authed/_events/events/$id');

/** Filters, the table with row selection, bulk decisions, cancel, nominate and export. */
export function RegistrationsList({ eventId, timeZone }: { eventId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const search = eventRoute.useSearch();
  const navigate = eventRoute.useNavigate();
  const page = search.page ?? 1;
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [action, setAction] = useState<BulkAction | null>(null);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [cancelling, setCancelling] = useState<Registration | null>(null);
  const [nominating, setNominating] = useState(false);
  const bulk = useBulkRegistrationAction(eventId);
  const cancel = useCancelRegistration(eventId);

  const query = useQuery(
    listRegistrationsQueryOptions(eventId, {
      q: search.q,
      status: search.status,
      institutionId: search.institutionId,
      nationality: search.nationality,
      page,
      pageSize: REGISTRATIONS_PAGE_SIZE,
    }),
  );
  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  const questions = useQuery(registrationFormQueryOptions(eventId)).data?.questions;
  // Names of every registration seen, so a bulk result can still name those on other pages.
  const [names] = useState(() => new Map<string, string>());
  for (const r of items) names.set(r.id, nameFor(r.participant, lang));

  /** A new filter starts from page 1 with nothing selected; the URL keeps it. */
  const applyFilters = (changes: Omit<RegistrationsSearch, 'page'>) =>
    void navigate({
      search: (prev) => ({ ...prev, ...changes, page: undefined }),
      replace: true,
    });
  const setFilters = (changes: Omit<RegistrationsSearch, 'page'>) => {
    setSelected(new Set());
    applyFilters(changes);
  };

  const runBulk = (reason: string | undefined) => {
    if (!action) return;
    bulk.mutate(
      { action, registrationIds: [...selected], reason },
      {
        onSuccess: (res) => {
          setResult(res);
          setAction(null);
          setSelected(new Set(res.skipped.map((s) => s.id)));
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group
          align="flex-end"
          gap="sm"
          wrap="wrap"
          role="search"
          aria-label={t('registrations.filters.label')}
        >
          <SearchField
            label={t('registrations.filters.search')}
            placeholder={t('registrations.filters.searchPlaceholder')}
            value={search.q}
            // Cleared as the person types, not when the list catches up, so a row ticked just
            // after typing stays ticked.
            onType={() => setSelected(new Set())}
            onSearch={(q) => applyFilters({ q: q || undefined })}
            w={{ base: '100%', sm: 220 }}
          />
          <NativeSelect
            label={t('registrations.filters.status')}
            value={search.status ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setFilters({ status: REGISTRATION_STATUSES.find((s) => s === v) });
            }}
            data={[
              { value: '', label: t('registrations.filters.allStatuses') },
              ...REGISTRATION_STATUSES.map((s) => ({
                value: s,
                label: t(`registrations.status.${s}`),
              })),
            ]}
          />
          <InstitutionSelect
            label={t('registrations.filters.institution')}
            placeholder={t('registrations.filters.allInstitutions')}
            value={search.institutionId ?? null}
            onChange={(id) => setFilters({ institutionId: id ?? undefined })}
            w={{ base: '100%', sm: 240 }}
          />
          <CountrySelect
            label={t('registrations.filters.nationality')}
            placeholder={t('registrations.filters.allCountries')}
            clearable
            value={search.nationality ?? null}
            onChange={(code) => setFilters({ nationality: code ?? undefined })}
            w={{ base: '100%', sm: 200 }}
          />
        </Group>
        <Group gap="xs">
          <Anchor href={registrationsExportUrl(eventId, lang)} download size="sm" fw={600}>
            {t('registrations.export')}
          </Anchor>
          <Button onClick={() => setNominating(true)}>{t('registrations.nominate.action')}</Button>
        </Group>
      </Group>

      <Group gap="xs" aria-live="polite">
        <Text size="sm" c="dimmed">
          {t('registrations.selected', { count: selected.size })}
        </Text>
        {(['approve', 'waitlist', 'reject'] as const).map((a) => (
          <Button
            key={a}
            size="xs"
            variant={a === 'approve' ? 'filled' : 'light'}
            color={a === 'reject' ? 'red' : a === 'waitlist' ? 'yellow' : undefined}
            disabled={selected.size === 0}
            onClick={() => {
              bulk.reset();
              setAction(a);
            }}
          >
            {t(`registrations.bulk.actions.${a}`)}
          </Button>
        ))}
        {selected.size > 0 && (
          <Button size="xs" variant="subtle" onClick={() => setSelected(new Set())}>
            {t('registrations.clearSelection')}
          </Button>
        )}
      </Group>

      {result && <BulkResultView result={result} nameOf={(id) => names.get(id)} />}

      {query.isPending ? (
        <RegistrationsTableSkeleton />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={
            search.q || search.status || search.institutionId || search.nationality
              ? t('registrations.empty.noMatches')
              : t('registrations.empty.title')
          }
          description={t('registrations.empty.description')}
        />
      ) : (
        <>
          <RegistrationsTable
            items={items}
            questions={questions ?? []}
            timeZone={timeZone}
            selected={selected}
            onToggle={(id) =>
              setSelected((prev) => {
                const next = new Set(prev);
                if (next.has(id)) next.delete(id);
                else next.add(id);
                return next;
              })
            }
            onToggleAll={(checked) =>
              setSelected((prev) => {
                const next = new Set(prev);
                for (const r of items) {
                  if (checked) next.add(r.id);
                  else next.delete(r.id);
                }
                return next;
              })
            }
            onCancel={(r) => {
              cancel.reset();
              setCancelling(r);
            }}
          />
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

      <BulkActionDialog
        key={action ?? 'none'}
        action={action}
        count={selected.size}
        pending={bulk.isPending}
        error={bulk.error}
        onConfirm={runBulk}
        onClose={() => setAction(null)}
      />
      <CancelRegistrationDialog
        key={cancelling?.id ?? 'none'}
        name={cancelling ? nameFor(cancelling.participant, lang) : null}
        pending={cancel.isPending}
        error={cancel.error}
        onClose={() => setCancelling(null)}
        onConfirm={(reason) =>
          cancelling &&
          cancel.mutate(
            { registrationId: cancelling.id, reason },
            {
              onSuccess: () => {
                setCancelling(null);
                notifications.show({ color: 'teal', message: t('registrations.cancel.done') });
              },
            },
          )
        }
      />
      {nominating && <NominateDialog eventId={eventId} onClose={() => setNominating(false)} />}
    </Stack>
  );
}
