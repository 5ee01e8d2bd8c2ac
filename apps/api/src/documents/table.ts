import type { Language } from '@multaqa/contract';
import type { TableDocument } from './document-types.js';
import { createDocument, type Doc, mm, toBuffer, yieldToEventLoop } from './pdf/document.js';
import { drawLayout, drawText, layoutText, type TextLayout, type TextOptions } from './pdf/text.js';

/** The engine's own fixed words, in the reader's language. */
const LABELS: Record<Language, { signature: string; page: (n: string, of: string) => string }> = {
  ar: { signature: 'التوقيع', page: (n, of) => `صفحة ${n} من ${of}` },
  en: { signature: 'Signature', page: (n, of) => `Page ${n} of ${of}` },
  fr: { signature: 'Signature', page: (n, of) => `Page ${n} sur ${of}` },
};

const MARGIN = mm(14);
const FOOTER_SPACE = mm(10);
const PAD = mm(1.5);
const INK = '#212529';
const RULE = '#adb5bd';

interface Column {
  header: string;
  x: number;
  width: number;
}

/** Column positions; an Arabic table puts its first column on the right. */
function columnsOf(doc: TableDocument, left: number, width: number): Column[] {
  const cols = doc.columns.map((c) => ({ header: c.header, weight: c.width }));
  if (doc.signatureColumn) cols.push({ header: LABELS[doc.language].signature, weight: 2 });
  const total = cols.reduce((sum, c) => sum + c.weight, 0);
  let x = left;
  const placed = cols.map((c) => {
    const col = { header: c.header, x, width: (c.weight / total) * width };
    x += col.width;
    return col;
  });
  return doc.language === 'ar'
    ? placed.map((c) => ({ ...c, x: left + width - (c.x - left) - c.width }))
    : placed;
}

interface Row {
  cells: TextLayout[];
  height: number;
}

function layoutRow(texts: string[], cols: Column[], o: TextOptions, minHeight: number): Row {
  const cells = cols.map((c, i) => layoutText(texts[i] ?? '', { width: c.width - 2 * PAD }, o));
  const height = Math.max(minHeight, ...cells.map((c) => c.height + 2 * PAD));
  return { cells, height };
}

function drawRow(pdf: Doc, row: Row, cols: Column[], y: number, o: TextOptions, fill?: string) {
  const left = Math.min(...cols.map((c) => c.x));
  const right = Math.max(...cols.map((c) => c.x + c.width));
  if (fill) pdf.rect(left, y, right - left, row.height).fill(fill);
  cols.forEach((c, i) => {
    drawLayout(
      pdf,
      row.cells[i],
      { x: c.x + PAD, y, width: c.width - 2 * PAD, height: row.height },
      o,
    );
  });
  pdf.save().lineWidth(0.5).strokeColor(RULE);
  for (const c of cols) pdf.rect(c.x, y, c.width, row.height);
  pdf.stroke().restore();
}

/**
 * A sign-in sheet or the participant × session matrix: title and subtitle lines, the table with
 * its header row repeated on every page, the footer lines, and "page n of N" at the bottom.
 */
export async function renderTablePdf(table: TableDocument): Promise<Buffer> {
  const pdf = createDocument({ title: table.title, language: table.language, numberPages: true });
  const rtl = table.language === 'ar';
  const page = { size: 'A4', layout: table.orientation, margin: 0 } as const;
  const text = (size: number, extra: Partial<TextOptions> = {}): TextOptions => ({
    size,
    // Aligned to the page's reading side; each text finds its own direction (an English name
    // in an Arabic table keeps its parentheses in place).
    direction: 'auto',
    align: rtl ? 'right' : 'left',
    color: INK,
    lineHeight: 1.25,
    ...extra,
  });
  const cellText = text(table.signatureColumn ? 10 : 9, { valign: 'middle' });
  const headText = text(9, { font: 'bold', valign: 'middle', maxLines: 3, minSize: 7 });
  pdf.addPage(page);
  const width = pdf.page.width - 2 * MARGIN;
  const bottom = pdf.page.height - MARGIN - FOOTER_SPACE;
  const cols = columnsOf(table, MARGIN, width);
  let y = MARGIN;
  y += drawText(pdf, table.title, { x: MARGIN, y, width }, text(15, { font: 'bold' })).height;
  for (const line of table.subtitle) {
    y += drawText(pdf, line, { x: MARGIN, y, width }, text(10, { color: '#495057' })).height;
  }
  y += mm(3);
  const headerTexts = [
    ...table.columns.map((c) => c.header),
    ...(table.signatureColumn ? [cols[cols.length - 1].header] : []),
  ];
  const headerRow = layoutRow(headerTexts, cols, headText, mm(8));
  drawRow(pdf, headerRow, cols, y, headText, '#e9ecef');
  y += headerRow.height;
  // A sign-in sheet leaves room to sign by hand.
  const minHeight = table.signatureColumn ? mm(11) : mm(6.5);
  for (const [i, cells] of table.rows.entries()) {
    // A matrix of hundreds of rows takes a while: let the server answer other requests.
    if (i % 50 === 49) await yieldToEventLoop();
    const row = layoutRow(cells, cols, cellText, minHeight);
    if (y + row.height > bottom) {
      pdf.addPage(page);
      y = MARGIN;
      drawRow(pdf, headerRow, cols, y, headText, '#e9ecef');
      y += headerRow.height;
    }
    drawRow(pdf, row, cols, y, cellText, i % 2 ? '#f8f9fa' : undefined);
    y += row.height;
  }
  y += mm(3);
  for (const line of table.footer) {
    const layout = layoutText(line, { width }, text(9));
    if (y + layout.height > bottom) {
      pdf.addPage(page);
      y = MARGIN;
    }
    y += drawLayout(pdf, layout, { x: MARGIN, y, width }, text(9));
  }
  const { start, count } = pdf.bufferedPageRange();
  const digits = new Intl.NumberFormat(table.language);
  for (let i = start; i < start + count; i += 1) {
    pdf.switchToPage(i);
    const label = LABELS[table.language].page(digits.format(i + 1), digits.format(count));
    drawText(
      pdf,
      label,
      { x: MARGIN, y: pdf.page.height - MARGIN - mm(5), width },
      text(8, { align: 'center', color: '#868e96' }),
    );
  }
  return toBuffer(pdf);
}
