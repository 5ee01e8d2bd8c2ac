import '@mantine/core/styles/Progress.css';
import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import type { Job } from '@multaqa/contract';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { addSample, jobFigures, type ProgressSample } from '../lib/job-figures';

/** "about 3 min" / "45 s", in the reader's digits. */
function useDuration() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (seconds: number) =>
    seconds >= 120
      ? t('certificates.issue.minutes', {
          count: Math.round(seconds / 60),
          number: formatNumber(Math.round(seconds / 60), lang),
        })
      : t('certificates.issue.seconds', { count: seconds, number: formatNumber(seconds, lang) });
}

/** How far the issuing job got: done of total, a bar, certificates per minute, time left. */
export function IssueProgress({ job }: { job: Job }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const duration = useDuration();
  const [samples, setSamples] = useState<ProgressSample[]>([]);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const at = Date.now();
    setNow(at);
    setSamples((prev) => addSample(prev, { at, done: job.done }));
  }, [job.done, job.status]);

  const { percent, perMinute, secondsLeft } = jobFigures(job, samples, now);
  const done = formatNumber(job.done, lang);
  const total = formatNumber(job.total, lang);

  if (job.status === 'failed')
    return (
      <Alert color="red" variant="light" role="alert" title={t('certificates.issue.failedTitle')}>
        {t('certificates.issue.failed', { done, total })}
      </Alert>
    );

  if (job.status === 'completed')
    return (
      <Alert color="teal" variant="light" role="status" title={t('certificates.issue.doneTitle')}>
        {t('certificates.issue.done', { count: job.done, number: done })}
        {perMinute !== null && (
          <Text size="sm" mt={4}>
            {t('certificates.issue.rate', { number: formatNumber(Math.round(perMinute), lang) })}
          </Text>
        )}
      </Alert>
    );

  return (
    <Stack gap={6} data-testid="issue-progress">
      <Text fw={600} aria-live="polite">
        {job.status === 'queued'
          ? t('certificates.issue.queued')
          : t('certificates.issue.progress', { done, total })}
      </Text>
      <Progress
        value={percent}
        size="lg"
        animated
        aria-label={t('certificates.issue.progressLabel')}
      />
      <Group gap="lg" wrap="wrap">
        <Text size="sm" c="dimmed">
          {perMinute === null
            ? t('certificates.issue.rateUnknown')
            : t('certificates.issue.rate', { number: formatNumber(Math.round(perMinute), lang) })}
        </Text>
        {secondsLeft !== null && secondsLeft > 0 && (
          <Text size="sm" c="dimmed">
            {t('certificates.issue.timeLeft', { duration: duration(secondsLeft) })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
