import { Skeleton, Stack, Title } from '@mantine/core';
import type { AttendanceSessions } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { useDocumentTitle } from '../../../lib/document-title';
import { mySessionsQueryOptions } from '../api/my-sessions';
import { MySessionCard } from '../components/my-session-card';
import { splitByDay } from '../components/session-days';

const GROUPS = ['today', 'upcoming', 'past'] as const;

/** `/attendance`: the sessions a trainer, door keeper or coordinator takes attendance at. */
export function MySessionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('attendance.mine.title'));
  const query = useQuery(mySessionsQueryOptions);

  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>{t('attendance.mine.title')}</Title>
      {query.isPending ? (
        <Skeleton height={200} aria-label={t('common.loading')} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState
          title={t('attendance.mine.emptyTitle')}
          description={t('attendance.mine.empty')}
        />
      ) : (
        <SessionGroups sessions={query.data} />
      )}
    </Stack>
  );
}

function SessionGroups({ sessions }: { sessions: AttendanceSessions }) {
  const { t } = useTranslation();
  const groups = splitByDay(sessions);
  return GROUPS.filter((group) => groups[group].length > 0).map((group) => (
    <Stack key={group} gap="xs" component="section" aria-label={t(`attendance.mine.${group}`)}>
      <Title order={2} size="h4">
        {t(`attendance.mine.${group}`)}
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {groups[group].map((session) => (
          <MySessionCard key={session.sessionId} session={session} />
        ))}
      </Stack>
    </Stack>
  ));
}
