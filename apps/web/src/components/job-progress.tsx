import '@mantine/core/styles/Progress.css';
import { Alert, Progress, Stack, Text } from '@mantine/core';
import type { Job } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';
import { currentLanguage } from '../lib/i18n';

/** How far a background job got: done of total, as text and as a labelled progress bar. */
export function JobProgress({ job, label }: { job: Job; label: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const text = t('jobs.progress', {
    done: formatNumber(job.done, lang),
    total: formatNumber(job.total, lang),
  });
  if (job.status === 'failed') {
    return (
      <Alert color="red" variant="light" role="alert">
        {t('jobs.failed', { progress: text })}
      </Alert>
    );
  }
  return (
    <Stack gap={4} role="status">
      <Text size="sm">{job.status === 'queued' ? t('jobs.queued') : text}</Text>
      <Progress
        value={percent}
        animated={job.status !== 'completed'}
        // Mantine gives the bar role="progressbar" with aria-valuenow/min/max in percent.
        aria-label={label}
      />
    </Stack>
  );
}
