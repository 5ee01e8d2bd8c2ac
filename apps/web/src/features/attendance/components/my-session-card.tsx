import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { pickLocalized, type AttendanceSessions } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/links';
import { formatDateTimeRangeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { PathButton } from './path-button';

type MySession = AttendanceSessions[number];

/** A session I may take attendance at: its roster (unless I only scan) and the scanner. */
export function MySessionCard({ session }: { session: MySession }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const title = pickLocalized(session.title, lang) || t('events.untitled');
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <div>
            <Text fw={600}>{title}</Text>
            <Text size="sm">{pickLocalized(session.eventTitle, lang) || t('events.untitled')}</Text>
          </div>
          <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
            {t(`attendance.mine.role.${session.role}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {formatDateTimeRangeInZone(session.startsAt, session.endsAt, lang, session.timeZone)}
          {session.room && ` · ${session.room}`}
        </Text>
        <Group gap="xs">
          {!session.scanOnly && (
            <ButtonLink
              to="/events/$id/sessions/$sessionId/roster"
              params={{ id: session.eventId, sessionId: session.sessionId }}
              aria-label={t('attendance.mine.rosterOf', { title })}
            >
              {t('attendance.mine.roster')}
            </ButtonLink>
          )}
          <PathButton
            href={`/events/${encodeURIComponent(session.eventId)}/sessions/${encodeURIComponent(session.sessionId)}/scan`}
            variant={session.scanOnly ? 'filled' : 'light'}
            aria-label={t('attendance.mine.scanAt', { title })}
          >
            {t('attendance.roster.scan')}
          </PathButton>
        </Group>
      </Stack>
    </Paper>
  );
}
