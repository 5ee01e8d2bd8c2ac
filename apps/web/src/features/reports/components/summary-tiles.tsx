import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import type { ReportTotals } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { useReportFormat } from '../lib/report-format';

const GRID_COLUMNS = { base: 2, sm: 3, lg: 5 };

/** The year-end figures at a glance, each in the reader's digits. */
export function SummaryTiles({ totals }: { totals: ReportTotals }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  const tiles: { key: string; value: string; detail?: string; missing?: boolean }[] = [
    {
      key: 'eventsHeld',
      value: f.number(totals.eventsHeld),
      detail: t('reports.tiles.eventsHeldDetail', {
        conferences: t('reports.tiles.conferences', {
          count: totals.conferencesHeld,
          value: f.number(totals.conferencesHeld),
        }),
        trainings: t('reports.tiles.trainings', {
          count: totals.trainingsHeld,
          value: f.number(totals.trainingsHeld),
        }),
      }),
    },
    { key: 'officialsTrained', value: f.number(totals.officialsTrained) },
    { key: 'placesTrained', value: f.number(totals.placesTrained) },
    { key: 'countries', value: f.number(totals.countries) },
    { key: 'institutions', value: f.number(totals.institutions) },
    {
      key: 'attendanceRate',
      value: f.percent(totals.attendanceRatePercent),
      missing: totals.attendanceRatePercent === null,
    },
    { key: 'certificatesIssued', value: f.number(totals.certificatesIssued) },
    {
      key: 'knowledgeGain',
      value: f.points(totals.knowledgeGainPoints),
      missing: totals.knowledgeGainPoints === null,
    },
    {
      key: 'postTestPassRate',
      value: f.percent(totals.postTestPassRatePercent),
      missing: totals.postTestPassRatePercent === null,
    },
    {
      key: 'satisfaction',
      value: f.outOfFive(totals.satisfactionMean),
      missing: totals.satisfactionMean === null,
    },
  ];
  return (
    <SimpleGrid component="dl" cols={GRID_COLUMNS} spacing="sm" m={0}>
      {tiles.map((tile) => (
        <Paper key={tile.key} withBorder p="sm" radius="md">
          <Text component="dt" size="sm" c="dimmed">
            {t(`reports.tiles.${tile.key}`)}
          </Text>
          {/* "No data" is quieter than a figure, so the figures stand out. */}
          <Text
            component="dd"
            m={0}
            fz={tile.missing ? 'md' : 22}
            fw={tile.missing ? 500 : 700}
            c={tile.missing ? 'dimmed' : undefined}
            data-tile={tile.key}
          >
            {tile.value}
          </Text>
          {tile.detail && (
            <Text component="dd" m={0} size="xs" c="dimmed">
              {tile.detail}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}

export function SummaryTilesSkeleton() {
  return (
    <SimpleGrid cols={GRID_COLUMNS} spacing="sm" aria-hidden>
      {Array.from({ length: 10 }, (_, i) => (
        <Skeleton key={i} height={76} radius="md" />
      ))}
    </SimpleGrid>
  );
}
