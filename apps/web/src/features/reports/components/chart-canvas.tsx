import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Chart, type BarOrDoughnut } from '../lib/charts';

interface ChartCanvasProps {
  config: BarOrDoughnut;
  /** What the chart shows, in one sentence, for readers who cannot see it. */
  label: string;
  height: number;
}

/**
 * A Chart.js canvas. The chart is drawn again whenever its configuration changes (new figures,
 * another language); the reports draw a handful of small charts, so rebuilding is cheap.
 */
export function ChartCanvas({ config, label, height }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config as never);
    return () => chart.destroy();
  }, [config]);
  return (
    <Box pos="relative" h={height} w="100%">
      <canvas ref={canvas} role="img" aria-label={label} />
    </Box>
  );
}
