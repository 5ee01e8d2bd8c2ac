import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import type { ScanOutcome } from '../lib/scan-station';

export interface RecentScan {
  id: number;
  at: Date;
  outcome: ScanOutcome;
}

/** The last few answers, so a queue at the door can glance back at who just went in (or not). */
export function RecentScans({ scans, timeZone }: { scans: RecentScan[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  if (scans.length === 0) return null;
  const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone });
  return (
    <section aria-labelledby="scan-recent-title">
      <Text component="h2" fw={700} size="sm" id="scan-recent-title">
        {t('scan.recent')}
      </Text>
      <List size="sm" spacing={2} data-testid="scan-recent">
        {scans.map(({ id, at, outcome }) => {
          const name =
            'entry' in outcome
              ? lang === 'ar'
                ? outcome.entry.fullNameAr
                : outcome.entry.fullNameLatin || outcome.entry.fullNameAr
              : null;
          const what =
            outcome.kind === 'accepted'
              ? t(`scan.feedback.${outcome.status}`)
              : outcome.kind === 'already'
                ? t('scan.feedback.already', { time: time.format(new Date(outcome.takenAt)) })
                : t(`scan.feedback.${outcome.kind}`);
          return (
            <List.Item key={id}>
              {time.format(at)} ·{' '}
              {name && (
                <Text span dir="auto">
                  {name} ·{' '}
                </Text>
              )}
              {what}
            </List.Item>
          );
        })}
      </List>
    </section>
  );
}
