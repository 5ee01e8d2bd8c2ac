import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { AttendanceCounts } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { STATUS_COLORS } from './status-buttons';

const SHOWN = ['present', 'late', 'excused', 'absent', 'unmarked'] as const;

/** The session's figures, read out when they change (a scanner at the door marks too). */
export function RosterCounts({ counts }: { counts: AttendanceCounts }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <section aria-label={t('attendance.counts.label')} aria-live="polite">
      <Text size="sm" c="dimmed" mb={4}>
        {t('attendance.counts.expected', { count: counts.expected })}
      </Text>
      <SimpleGrid cols={{ base: 5 }} spacing={4}>
        {SHOWN.map((key) => (
          <Paper key={key} withBorder p={4} ta="center">
            <Text
              fw={700}
              size="lg"
              c={key === 'unmarked' ? 'dimmed' : STATUS_COLORS[key]}
              data-testid={`count-${key}`}
            >
              {formatNumber(counts[key], lang)}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2}>
              {t(`attendance.counts.${key}`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
