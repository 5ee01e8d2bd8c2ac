import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { pickLocalized, type AttendanceRates } from '@multaqa/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTimeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { attendanceExportUrl, type ExportFormat } from '../api/export-url';

const FORMATS: ExportFormat[] = ['xlsx', 'pdf'];

/** The participant × session matrix, and a session's sign-in sheet, as XLSX or PDF in the language on screen. */
export function ExportsPanel({
  eventId,
  timeZone,
  sessions,
}: {
  eventId: string;
  timeZone: string;
  sessions: AttendanceRates['sessions'];
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [sessionId, setSessionId] = useState(sessions[0]?.sessionId ?? '');
  const chosen = sessions.some((s) => s.sessionId === sessionId)
    ? sessionId
    : sessions[0]?.sessionId;

  return (
    <Stack gap="sm">
      <Group gap="xs" align="center">
        <Text size="sm" fw={500} miw={160}>
          {t('attendance.exports.matrix')}
        </Text>
        {FORMATS.map((format) => (
          <Button
            key={format}
            component="a"
            href={attendanceExportUrl(eventId, format, lang)}
            download
            aria-label={t('attendance.exports.download', {
              sheet: t('attendance.exports.matrix'),
              format: t(`attendance.exports.format.${format}`),
            })}
            variant="default"
            size="sm"
          >
            {t(`attendance.exports.format.${format}`)}
          </Button>
        ))}
      </Group>
      {chosen && (
        <Group gap="xs" align="flex-end">
          <NativeSelect
            label={t('attendance.exports.signIn')}
            value={chosen}
            onChange={(event) => setSessionId(event.currentTarget.value)}
            data={sessions.map((s) => ({
              value: s.sessionId,
              // Each part isolated, so a Latin title or the date's digits keep their order in Arabic.
              label: `\u2068${pickLocalized(s.title, lang) || t('events.untitled')}\u2069 — \u2068${formatDateTimeInZone(s.startsAt, lang, timeZone)}\u2069`,
            }))}
            miw={240}
            style={{ flex: '1 1 240px' }}
          />
          {FORMATS.map((format) => (
            <Button
              key={format}
              component="a"
              href={attendanceExportUrl(eventId, format, lang, chosen)}
              download
              aria-label={t('attendance.exports.download', {
                sheet: t('attendance.exports.signIn'),
                format: t(`attendance.exports.format.${format}`),
              })}
              variant="default"
              size="sm"
            >
              {t(`attendance.exports.format.${format}`)}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
