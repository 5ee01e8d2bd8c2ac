import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReportFilters } from '@multaqa/contract';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { downloadYearEnd, type YearEndFormat } from '../api/reports';

const FORMATS: YearEndFormat[] = ['pdf', 'xlsx'];

/** The year-end report (PDF) and its figures (XLSX), for the filters on screen. */
export function DownloadButtons({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: (format: YearEndFormat) => downloadYearEnd(format, filters),
  });
  const preparing = download.isPending ? download.variables : undefined;
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        {FORMATS.map((format) => (
          <Button
            key={format}
            variant={format === 'pdf' ? 'filled' : 'light'}
            loading={preparing === format}
            disabled={download.isPending && preparing !== format}
            onClick={() => download.mutate(format)}
          >
            {t(`reports.download.${format}`)}
          </Button>
        ))}
      </Group>
      {/* Said as well as shown: a screen reader hears that the file is coming, then that it failed. */}
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {preparing ? t(`reports.download.preparing_${preparing}`) : ''}
      </Text>
      {download.isError && (
        <ErrorAlert
          title={t('reports.download.failed')}
          error={download.error}
          onRetry={() => download.variables && download.mutate(download.variables)}
        />
      )}
    </Stack>
  );
}
