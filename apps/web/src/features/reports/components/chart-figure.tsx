import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BarOrDoughnut } from '../lib/charts';
import { ChartCanvas } from './chart-canvas';
import { FigureCell } from './figure-cell';

export interface FigureTable {
  /** Column headings; the first column heads each row. */
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
}

interface ChartFigureProps {
  id: string;
  title: string;
  /** The chart in one sentence, for the canvas's accessible name. */
  summary: string;
  config: BarOrDoughnut;
  table: FigureTable;
  height: number;
}

/**
 * One breakdown: the chart and, beside it, the same figures as a table, which screen readers
 * (and anyone who wants the exact numbers) read instead of the picture.
 */
export function ChartFigure({ id, title, summary, config, table, height }: ChartFigureProps) {
  const { t } = useTranslation();
  const headingId = `${id}-title`;
  return (
    <Paper
      component="section"
      withBorder
      p={{ base: 'xs', sm: 'md' }}
      radius="md"
      aria-labelledby={headingId}
    >
      <Title order={3} size="h4" id={headingId} mb="sm">
        {title}
      </Title>
      {table.rows.length === 0 ? (
        <Text c="dimmed">{t('reports.charts.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <ChartCanvas config={config} label={summary} height={height} />
          <Table.ScrollContainer minWidth={280}>
            {/* Compact, so a phone shows every column of these short tables without scrolling. */}
            <Table
              striped
              withTableBorder
              captionSide="top"
              horizontalSpacing={4}
              fz={{ base: 'xs', sm: 'sm' }}
              data-figure={id}
            >
              <Table.Caption>{t('reports.charts.tableCaption', { title })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {table.columns.map((column) => (
                    <Table.Th key={column} scope="col">
                      {column}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((row) => (
                  <Table.Tr key={row.key}>
                    {row.cells.map((cell, i) =>
                      i === 0 ? (
                        <Table.Th key={i} scope="row" fw={500}>
                          {cell}
                        </Table.Th>
                      ) : (
                        <FigureCell key={i}>{cell}</FigureCell>
                      ),
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </SimpleGrid>
      )}
    </Paper>
  );
}
