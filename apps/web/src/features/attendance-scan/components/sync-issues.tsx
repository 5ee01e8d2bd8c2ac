import { List, Stack, Text } from '@mantine/core';
import type { RosterEntry } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import type { SyncIssue } from '../lib/scanner-db';

/** What the server did not take as sent: conflicts (kept) and refusals, never dropped silently. */
export function SyncIssues({
  issues,
  entries,
  timeZone,
}: {
  issues: SyncIssue[];
  entries: RosterEntry[];
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  if (issues.length === 0) return null;
  const names = new Map(entries.map((e) => [e.participantId, e]));
  const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone });
  const sorted = [...issues].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  return (
    <Stack gap="xs" component="section" aria-labelledby="scan-issues-title">
      <Text component="h2" fw={700} id="scan-issues-title">
        {t('scan.issues.title', { count: issues.length })}
      </Text>
      <List spacing={4} size="sm" data-testid="scan-issues">
        {sorted.map((issue) => {
          const entry = names.get(issue.participantId);
          return (
            <List.Item key={issue.clientId}>
              <Text span fw={600} dir="auto">
                {entry ? (lang === 'ar' ? entry.fullNameAr : entry.fullNameLatin) : '—'}
              </Text>{' '}
              · {time.format(new Date(issue.takenAt))} · {t(`scan.issues.${issue.outcome}`)}
              {issue.conflict && `: ${t(`scan.issues.kind.${issue.conflict}`)}`}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
