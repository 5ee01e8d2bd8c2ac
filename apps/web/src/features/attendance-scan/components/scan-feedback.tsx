import { Paper, Stack, Text, Title } from '@mantine/core';
import { pickLocalized, type Language } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import type { ScanOutcome } from '../lib/scan-station';

const COLOURS: Record<ScanOutcome['kind'] | 'late', string> = {
  accepted: 'green',
  late: 'yellow',
  already: 'blue',
  forged: 'red',
  revoked: 'red',
  wrong_event: 'red',
  not_registered: 'red',
  not_a_badge: 'gray',
};

function formatTime(iso: string, lang: Language, timeZone: string) {
  return new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone }).format(new Date(iso));
}

/**
 * The answer to the last scan, large enough to read at arm's length, and read out by screen
 * readers (a live region that stays in the page while its content changes).
 */
export function ScanFeedback({
  outcome,
  timeZone,
}: {
  outcome: ScanOutcome | null;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const tone = outcome?.kind === 'accepted' && outcome.status === 'late' ? 'late' : outcome?.kind;
  const colour = tone ? COLOURS[tone] : 'gray';
  const entry = outcome && 'entry' in outcome ? outcome.entry : null;

  let heading = t('scan.feedback.waiting');
  if (outcome?.kind === 'accepted') heading = t(`scan.feedback.${outcome.status}`);
  else if (outcome?.kind === 'already')
    heading = t('scan.feedback.already', { time: formatTime(outcome.takenAt, lang, timeZone) });
  else if (outcome) heading = t(`scan.feedback.${outcome.kind}`);

  return (
    <Paper
      p="md"
      radius="md"
      bg={`${colour}.1`}
      c={`${colour}.9`}
      withBorder
      style={{ borderColor: `var(--mantine-color-${colour}-6)`, borderWidth: 3, minHeight: 120 }}
      aria-live="assertive"
      aria-atomic="true"
      data-testid="scan-feedback"
      data-outcome={tone ?? 'none'}
    >
      <Stack gap={4}>
        <Title order={2} size="h2">
          {heading}
        </Title>
        {entry && (
          <>
            <Text size="xl" fw={700} lang="ar" dir="rtl">
              {entry.fullNameAr}
            </Text>
            <Text size="lg" fw={600} lang="en" dir="ltr">
              {entry.fullNameLatin}
            </Text>
            {entry.institution && (
              <Text size="md" dir="auto">
                {pickLocalized(entry.institution.name, lang)}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
