import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BadgeLayout, Event, Registration } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { SearchField } from '../../../components/search-field';
import { TablePagination } from '../../../components/table-pagination';
import { currentLanguage } from '../../../lib/i18n';
import { approvedRegistrationsQueryOptions } from '../api/list-approved';
import { badgesQueryOptions } from '../api/list-badges';
import { useReissueBadge } from '../api/reissue-badge';
import { badgesByRegistration } from './badge-history';
import { BadgesTable, BadgesTableSkeleton } from './badges-table';
import { ReissueBadgeDialog } from './reissue-badge-dialog';
import { SheetOptions } from './sheet-options';
import { nameFor } from '../../../lib/person-names';

/** The Badges tab of an event: approved people and their badges, printable sheets, reissuing. */
export function BadgesTab({ event }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [q, setQ] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [layout, setLayout] = useState<BadgeLayout>('a4');
  const [includeStaff, setIncludeStaff] = useState(false);
  const [reissuing, setReissuing] = useState<Registration | null>(null);
  const reissue = useReissueBadge(event.id);
  // Mantine's toast close button has no name of its own.
  const closeButtonProps = { 'aria-label': t('actions.close') };

  const people = useQuery(approvedRegistrationsQueryOptions(event.id, q, page));
  const badgeList = useQuery(badgesQueryOptions(event.id));
  const badges = useMemo(() => badgesByRegistration(badgeList.data ?? []), [badgeList.data]);
  const items = people.data?.items ?? [];
  // "Download all" prints everyone approved, whatever the search: the unfiltered first page
  // says how many (the same cached query as the list when nothing is searched).
  const everyone = useQuery(approvedRegistrationsQueryOptions(event.id, undefined, 1)).data?.total;

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const togglePage = (checked: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const r of items) {
        if (checked) next.add(r.id);
        else next.delete(r.id);
      }
      return next;
    });

  const nobodyApproved = everyone === 0;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('badges.intro')}
      </Text>
      {!nobodyApproved && (
        <SheetOptions
          eventId={event.id}
          layout={layout}
          onLayout={setLayout}
          includeStaff={includeStaff}
          onIncludeStaff={setIncludeStaff}
          selected={[...selected]}
          total={everyone ?? 0}
        />
      )}
      <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label={t('badges.search')}>
        <SearchField
          label={t('badges.search')}
          placeholder={t('badges.searchPlaceholder')}
          value={q}
          onSearch={(text) => {
            setQ(text || undefined);
            setPage(1);
          }}
          w={{ base: '100%', sm: 260 }}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('badges.selected', { count: selected.size })}
        </Text>
        {selected.size > 0 && (
          <Button size="xs" variant="subtle" onClick={() => setSelected(new Set())}>
            {t('badges.clearSelection')}
          </Button>
        )}
      </Group>
      {badgeList.isError && (
        <ErrorAlert error={badgeList.error} onRetry={() => void badgeList.refetch()} />
      )}
      {people.isPending ? (
        <BadgesTableSkeleton />
      ) : people.isError ? (
        <ErrorAlert error={people.error} onRetry={() => void people.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={nobodyApproved ? t('badges.empty.title') : t('badges.empty.noMatches')}
          description={nobodyApproved ? t('badges.empty.description') : undefined}
        />
      ) : (
        <>
          <BadgesTable
            items={items}
            badges={badges}
            timeZone={event.timeZone}
            selected={selected}
            onToggle={toggle}
            onToggleAll={togglePage}
            onReissue={(r) => {
              reissue.reset();
              setReissuing(r);
            }}
          />
          <TablePagination
            page={people.data.page}
            pageSize={people.data.pageSize}
            total={people.data.total}
            onChange={setPage}
          />
        </>
      )}
      <ReissueBadgeDialog
        key={reissuing?.id ?? 'none'}
        name={reissuing ? nameFor(reissuing.participant, lang) : null}
        onClose={() => setReissuing(null)}
        onConfirm={async ({ reason }) => {
          if (!reissuing) return;
          await reissue.mutateAsync({ registrationId: reissuing.id, reason });
          setReissuing(null);
          notifications.show({
            color: 'teal',
            message: t('badges.reissue.done'),
            closeButtonProps,
          });
        }}
      />
    </Stack>
  );
}
