import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateRange, formatHijriDateRange } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

/** The event's dates (calendar dates in its own zone); in Arabic also in the Hijri calendar. */
export function EventDates({ startDate, endDate }: { startDate: string; endDate: string }) {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Stack gap={0}>
      <Text>{formatDateRange(startDate, endDate, lang)}</Text>
      {lang === 'ar' && (
        <Text size="sm" c="dimmed">
          {formatHijriDateRange(startDate, endDate)}
        </Text>
      )}
    </Stack>
  );
}
