import { Table, Text } from '@mantine/core';
import { pickLocalized, type AttendanceRates } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links';
import { formatDateTimeInZone, formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { formatRate } from './rates';

const COUNTS = ['present', 'late', 'excused', 'absent', 'expected'] as const;

/** Each session's figures, on the event's clock, each leading to its roster; the rate first, in sight on a phone. */
export function SessionRates({
  eventId,
  sessions,
  timeZone,
}: {
  eventId: string;
  sessions: AttendanceRates['sessions'];
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label={t('attendance.sessions.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('attendance.sessions.session')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('attendance.rate')}
            </Table.Th>
            {COUNTS.map((key) => (
              <Table.Th key={key} scope="col" ta="end">
                {t(`attendance.counts.${key}Short`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.sessionId}>
              <Table.Td>
                <AnchorLink
                  to="/events/$id/sessions/$sessionId/roster"
                  params={{ id: eventId, sessionId: session.sessionId }}
                  size="sm"
                  fw={500}
                >
                  {pickLocalized(session.title, lang) || t('events.untitled')}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {formatDateTimeInZone(session.startsAt, lang, timeZone)}
                  {!session.held && ` · ${t('attendance.sessions.notHeld')}`}
                </Text>
              </Table.Td>
              <Table.Td ta="end" fw={600}>
                {formatRate(session.rate, lang)}
              </Table.Td>
              {COUNTS.map((key) => (
                <Table.Td key={key} ta="end">
                  {formatNumber(session.counts[key], lang)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
