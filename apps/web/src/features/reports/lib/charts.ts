import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type Scale,
} from 'chart.js';

// Only what the reports draw: bars and a doughnut, with legend and tooltips. Chart.js leaves
// the rest out of the bundle.
Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
);

export { Chart };

/** Colours read apart by most colour-blind readers (Okabe–Ito), and each has its table anyway. */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

/**
 * A category's name on the axis, on up to three short lines: long names (ministries, packages,
 * "Saudi Arabia" in Arabic) were cut at the canvas edge or slanted unreadably on a phone. The
 * tooltip and the table beside the chart give the full name.
 */
export function wrapLabel(label: string, width: number, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]}…`];
}

export type BarOrDoughnut = ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'>;

interface Series {
  label: string;
  values: number[];
}

interface ChartText {
  rtl: boolean;
  /** The reader's digits on the value axis and in tooltips. */
  formatNumber: (value: number) => string;
}

const FONT = {
  family: "'Noto Sans Arabic Variable', system-ui, sans-serif",
  size: 12,
};

function directionOptions({ rtl }: ChartText) {
  return {
    legend: {
      rtl,
      textDirection: rtl ? 'rtl' : 'ltr',
      position: 'bottom' as const,
      labels: { font: FONT },
    },
    tooltip: { rtl, textDirection: rtl ? 'rtl' : 'ltr', bodyFont: FONT, titleFont: FONT },
  };
}

/**
 * A bar chart of one or more series over categories. Vertical bars read from the start side:
 * in Arabic the category axis is reversed and the value axis moves to the right. Horizontal
 * bars (long names, e.g. ministries) keep their names at the start side the same way.
 */
export function barChart(
  categories: string[],
  series: Series[],
  text: ChartText,
  horizontal = false,
): ChartConfiguration<'bar'> {
  const categoryAxis = {
    reverse: !horizontal && text.rtl,
    position: horizontal ? (text.rtl ? 'right' : 'left') : 'bottom',
    ticks: {
      font: FONT,
      autoSkip: false,
      maxRotation: 0,
      callback(this: Scale, value: string | number) {
        return wrapLabel(this.getLabelForValue(Number(value)), horizontal ? 22 : 12);
      },
    },
    grid: { display: false },
  } as const;
  const valueAxis = {
    beginAtZero: true,
    reverse: horizontal && text.rtl,
    position: horizontal ? 'bottom' : text.rtl ? 'right' : 'left',
    ticks: {
      font: FONT,
      precision: 0,
      callback: (value: string | number) => text.formatNumber(Number(value)),
    },
  } as const;
  return {
    type: 'bar',
    data: {
      labels: categories,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        borderRadius: 3,
        maxBarThickness: 48,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: horizontal ? { y: categoryAxis, x: valueAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        ...directionOptions(text),
        legend: { ...directionOptions(text).legend, display: series.length > 1 },
        tooltip: {
          ...directionOptions(text).tooltip,
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${text.formatNumber(Number(item.raw))}`,
          },
        },
      },
    },
  };
}

/** A doughnut of shares (e.g. women and men among the people trained). */
export function doughnutChart(
  categories: string[],
  values: number[],
  text: ChartText,
): ChartConfiguration<'doughnut'> {
  return {
    type: 'doughnut',
    data: {
      labels: categories,
      datasets: [
        {
          data: values,
          backgroundColor: categories.map((_, i) => SERIES_COLOURS[i % SERIES_COLOURS.length]),
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        ...directionOptions(text),
        tooltip: {
          ...directionOptions(text).tooltip,
          callbacks: {
            label: (item) => `${item.label}: ${text.formatNumber(Number(item.raw))}`,
          },
        },
      },
    },
  };
}
