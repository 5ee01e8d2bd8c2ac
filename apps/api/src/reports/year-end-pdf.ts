import {
  createDocument,
  type Doc,
  drawLayout,
  layoutText,
  mm,
  type TextLayout,
  type TextOptions,
  toBuffer,
} from '../documents/index.js';
import type { YearEndReport, YearEndTable } from './year-end.js';

const MARGIN = mm(16);
const PAD = mm(1.5);
const INK = '#212529';
const MUTED = '#495057';
const RULE = '#adb5bd';
const HEAD = '#e9ecef';

/** Flows blocks down A4 pages, starting a new page when the next block does not fit. */
class Flow {
  y = MARGIN;
  constructor(
    private readonly pdf: Doc,
    readonly rtl: boolean,
  ) {}

  get width() {
    return this.pdf.page.width - 2 * MARGIN;
  }

  page() {
    this.pdf.addPage({ size: 'A4', margin: 0 });
    this.y = MARGIN;
  }

  text(o: TextOptions): TextOptions {
    // Aligned to the reading side; each text finds its own direction (a Latin name in Arabic).
    return {
      direction: 'auto',
      align: this.rtl ? 'right' : 'left',
      color: INK,
      lineHeight: 1.3,
      ...o,
    };
  }

  paragraph(text: string, o: TextOptions, after = mm(2)) {
    const opts = this.text(o);
    const layout = layoutText(text, { width: this.width }, opts);
    this.room(layout.height);
    this.y +=
      drawLayout(this.pdf, layout, { x: MARGIN, y: this.y, width: this.width }, opts) + after;
  }

  room(height: number) {
    if (this.y + height > this.pdf.page.height - MARGIN) this.page();
  }

  /** A table with its title; the header row repeats on a new page. Arabic puts column 1 on the right. */
  table(table: YearEndTable) {
    // Figure columns wide enough for a one-word header ("Participants") without breaking it.
    const weights = table.columns.map((_, i) => (table.numeric[i] ? 1.3 : 2.6));
    const total = weights.reduce((a, b) => a + b, 0);
    let x = MARGIN;
    const cols = weights.map((w) => {
      const c = { x, width: (w / total) * this.width };
      x += c.width;
      return c;
    });
    if (this.rtl) for (const c of cols) c.x = 2 * MARGIN + this.width - c.x - c.width;
    const cell = (i: number, bold: boolean) =>
      this.text({
        size: bold ? 8.5 : 9,
        font: bold ? 'bold' : 'regular',
        valign: 'middle',
        align: table.numeric[i] && !bold ? 'center' : this.rtl ? 'right' : 'left',
      });
    const layoutRow = (texts: string[], bold: boolean) => {
      const cells = texts.map((t, i) =>
        layoutText(t, { width: cols[i].width - 2 * PAD }, cell(i, bold)),
      );
      return { cells, height: Math.max(mm(6.5), ...cells.map((c) => c.height + 2 * PAD)) };
    };
    const draw = (row: { cells: TextLayout[]; height: number }, bold: boolean, fill?: string) => {
      if (fill) this.pdf.rect(MARGIN, this.y, this.width, row.height).fill(fill);
      row.cells.forEach((layout, i) =>
        drawLayout(
          this.pdf,
          layout,
          { x: cols[i].x + PAD, y: this.y, width: cols[i].width - 2 * PAD, height: row.height },
          cell(i, bold),
        ),
      );
      this.pdf.save().lineWidth(0.5).strokeColor(RULE);
      for (const c of cols) this.pdf.rect(c.x, this.y, c.width, row.height);
      this.pdf.stroke().restore();
      this.y += row.height;
    };
    const header = layoutRow(table.columns, true);
    this.room(mm(9) + header.height * 2);
    this.paragraph(table.title, { size: 12, font: 'bold' }, mm(1.5));
    draw(header, true, HEAD);
    const digits = new Intl.NumberFormat('en', { maximumFractionDigits: 2, useGrouping: false });
    for (const [i, values] of table.rows.entries()) {
      const texts = values.map((v) =>
        v === null ? '—' : typeof v === 'number' ? digits.format(v) : v,
      );
      const row = layoutRow(texts, false);
      if (this.y + row.height > this.pdf.page.height - MARGIN) {
        this.page();
        draw(header, true, HEAD);
      }
      draw(row, false, i % 2 ? '#f8f9fa' : undefined);
    }
    this.y += mm(5);
  }
}

/**
 * The year-end report as a PDF, one part per language (Arabic first, then English), with the
 * certificates' engine: shaped Arabic, bidi order, text that copies and searches as written.
 */
export async function renderYearEndPdf(reports: YearEndReport[]): Promise<Buffer> {
  const pdf = createDocument({ title: reports[0].title, language: reports[0].language });
  for (const report of reports) {
    const flow = new Flow(pdf, report.language === 'ar');
    flow.page();
    flow.paragraph(report.title, { size: 18, font: 'bold' }, mm(3));
    flow.paragraph(report.summary, { size: 12 }, mm(2));
    flow.paragraph(report.generated, { size: 9, color: MUTED }, mm(5));
    flow.table(report.totals);
    for (const table of report.breakdowns) flow.table(table);
    flow.paragraph(report.definition, { size: 9, color: MUTED });
  }
  return toBuffer(pdf);
}
