import type PDFDocument from 'pdfkit';
import type { FontFace, FontWeight } from './fonts.js';
import { breakLines, type VisualLine, visualLine } from './layout.js';
import { fastSubset } from './subset.js';
import { shapeParagraph, type ShapedParagraph, type TextDirection } from './shape.js';

type Doc = InstanceType<typeof PDFDocument>;

export interface Box {
  x: number;
  y: number;
  width: number;
  /** For vertical alignment and for shrinking until the text fits. */
  height?: number;
}

export interface TextOptions {
  size: number;
  font?: FontWeight;
  /** Base direction of the paragraph; `auto` takes the first strong character's. */
  direction?: TextDirection;
  /** `start`/`end` follow the paragraph direction (start is the right edge in Arabic). */
  align?: 'start' | 'end' | 'center' | 'left' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  color?: string;
  /** Line height as a multiple of the size. */
  lineHeight?: number;
  /** At most this many lines; the rest of the text is squeezed onto the last line. */
  maxLines?: number;
  /** Shrink-to-fit: lower the size down to this until the text fits maxLines (and the box height). */
  minSize?: number;
}

export interface TextLayout {
  size: number;
  lineHeight: number;
  lines: { line: VisualLine; rtl: boolean; squeeze: number }[];
  width: number;
  height: number;
}

/**
 * Vertical metrics common to both faces (in ems), so Arabic and Latin lines sit on one grid:
 * both fonts rise 1.07; Naskh's deepest descent (0.63) is rare, 0.45 keeps lines compact.
 */
const ASCENT = 1.07;
const DESCENT = 0.45;

const shapedCache = new Map<string, ShapedParagraph>();

function shaped(text: string, font: FontWeight, direction: TextDirection): ShapedParagraph {
  // Table cells repeat the same words (statuses, countries): shape each distinct text once.
  const key = `${font}|${direction}|${text}`;
  let p = shapedCache.get(key);
  if (!p) {
    if (shapedCache.size > 5000) shapedCache.clear();
    p = shapeParagraph(text, font, direction);
    shapedCache.set(key, p);
  }
  return p;
}

function layoutAt(text: string, width: number, o: TextOptions, size: number): TextLayout {
  const lineHeight = size * (o.lineHeight ?? 1.3);
  const lines: TextLayout['lines'] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const p = shaped(paragraph.trim(), o.font ?? 'regular', o.direction ?? 'auto');
    let ranges = breakLines(p, width / size);
    if (o.maxLines && lines.length + ranges.length > o.maxLines) {
      const keep = Math.max(0, o.maxLines - lines.length);
      if (keep === 0) break;
      ranges = [...ranges.slice(0, keep - 1), [ranges[keep - 1][0], ranges[ranges.length - 1][1]]];
    }
    if (ranges.length === 0) ranges = [[0, 0]];
    for (const [start, end] of ranges) {
      const line = visualLine(p, start, end);
      const natural = line.width * size;
      lines.push({ line, rtl: p.rtl, squeeze: natural > width ? width / natural : 1 });
    }
  }
  const widest = Math.max(0, ...lines.map((l) => l.line.width * size * l.squeeze));
  return { size, lineHeight, lines, width: widest, height: lines.length * lineHeight };
}

/** Lays text out in a width, shrinking it when `minSize` asks for it. */
export function layoutText(
  text: string,
  box: { width: number; height?: number },
  o: TextOptions,
): TextLayout {
  let size = o.size;
  let layout = layoutAt(text, box.width, o, size);
  if (o.minSize === undefined) return layout;
  const fits = (l: TextLayout) =>
    l.lines.every((x) => x.squeeze === 1) && (box.height === undefined || l.height <= box.height);
  while (!fits(layout) && size > o.minSize) {
    size = Math.max(o.minSize, size - Math.max(0.5, size * 0.06));
    layout = layoutAt(text, box.width, o, size);
  }
  return layout;
}

interface EmbeddedFontInternals {
  id: string;
  subset: { includeGlyph(glyphId: number): number; glyphs: number[] };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

interface EmbeddedFace {
  font: EmbeddedFontInternals;
  /** Glyph id in the font file and the characters it stands for → hex code in the subset. */
  codes: Map<string, string>;
}

const embedded = new WeakMap<Doc, Map<string, EmbeddedFace>>();

/**
 * The face's subset inside this document. pdfkit embeds and subsets the file and writes the
 * ToUnicode map from `unicode`; the glyph ids come from HarfBuzz instead of pdfkit's own layout.
 */
function embed(doc: Doc, face: FontFace): EmbeddedFace {
  let faces = embedded.get(doc);
  if (!faces) embedded.set(doc, (faces = new Map()));
  let entry = faces.get(face.key);
  if (!entry) {
    const internals = doc as unknown as {
      font(src: unknown, family: string): void;
      _font: EmbeddedFontInternals;
    };
    internals.font(face.fontkit, face.key);
    fastSubset(internals._font.subset, face.fontkit, face.file);
    entry = { font: internals._font, codes: new Map() };
    faces.set(face.key, entry);
  }
  return entry;
}

/**
 * The code of a glyph in the subset. ToUnicode maps a code to one text, but one glyph can stand
 * for different texts (a letter with or without its haraka, a mark that was attached to its
 * letter): each such use gets its own copy of the glyph in the subset.
 */
function glyphCode(
  entry: EmbeddedFace,
  face: FontFace,
  glyphId: number,
  codePoints: number[],
): string {
  const key = `${glyphId}:${codePoints.join(',')}`;
  let code = entry.codes.get(key);
  if (code === undefined) {
    const font = entry.font;
    let cid = font.subset.includeGlyph(glyphId);
    if (font.unicode[cid] !== undefined) {
      font.subset.glyphs.push(glyphId);
      cid = font.subset.glyphs.length - 1;
    }
    font.widths[cid] = face.advance(glyphId) * 1000;
    font.unicode[cid] = codePoints;
    code = cid.toString(16).padStart(4, '0');
    entry.codes.set(key, code);
  }
  return code;
}

const num = (n: number) => (Math.round(n * 1000) / 1000).toString();

/**
 * Writes one visual line with its baseline at (x, y) in pdfkit's top-down coordinates. Glyphs
 * of one face and baseline go into one TJ array, with the differences between HarfBuzz's
 * positions and the font's default advances as adjustments.
 */
function drawLine(doc: Doc, line: VisualLine, x: number, y: number, size: number, squeeze: number) {
  const pageHeight = doc.page.height;
  const out: string[] = [];
  let current: { entry: EmbeddedFace; y: number; endX: number; items: string[] } | null = null;
  const flush = () => {
    if (current?.items.length) out.push(`[${current.items.join(' ')}] TJ`);
  };
  const hScale = size * squeeze;
  let pen = x;
  for (const { face, glyph } of line.glyphs) {
    const entry = embed(doc, face);
    const code = glyphCode(entry, face, glyph.id, glyph.codePoints);
    const gx = pen + glyph.xOffset * hScale;
    const gy = y - glyph.yOffset * size;
    if (!current || current.entry !== entry || Math.abs(current.y - gy) > 0.001) {
      flush();
      if (doc.page.fonts[entry.font.id] == null) doc.page.fonts[entry.font.id] = entry.font.ref();
      out.push(`/${entry.font.id} ${num(size)} Tf`);
      out.push(`${num(squeeze)} 0 0 1 ${num(gx)} ${num(pageHeight - gy)} Tm`);
      current = { entry, y: gy, endX: gx, items: [] };
    } else {
      const gap = gx - current.endX;
      if (Math.abs(gap) > 0.001) current.items.push(num((-gap / hScale) * 1000));
    }
    current.items.push(`<${code}>`);
    current.endX = gx + face.advance(glyph.id) * hScale;
    pen += glyph.xAdvance * hScale;
  }
  flush();
  if (!out.length) return;
  doc.save();
  doc.transform(1, 0, 0, -1, 0, pageHeight);
  doc.addContent('BT');
  for (const op of out) doc.addContent(op);
  doc.addContent('ET');
  doc.restore();
}

/** Draws a laid-out text in a box; returns the height it took. */
export function drawLayout(doc: Doc, layout: TextLayout, box: Box, o: TextOptions): number {
  const { size, lineHeight } = layout;
  let top = box.y;
  if (box.height !== undefined && o.valign && o.valign !== 'top') {
    const free = box.height - layout.height;
    top += o.valign === 'middle' ? free / 2 : free;
  }
  if (o.color) doc.fillColor(o.color);
  const baselineShift = (lineHeight - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
  layout.lines.forEach(({ line, rtl, squeeze }, i) => {
    const width = line.width * size * squeeze;
    const align = o.align ?? 'start';
    const right = align === 'right' || (align === 'start' && rtl) || (align === 'end' && !rtl);
    const left = align === 'left' || (align === 'start' && !rtl) || (align === 'end' && rtl);
    const x = right ? box.x + box.width - width : left ? box.x : box.x + (box.width - width) / 2;
    drawLine(doc, line, x, top + i * lineHeight + baselineShift, size, squeeze);
  });
  return layout.height;
}

/**
 * Shapes (HarfBuzz), orders (Unicode bidi), wraps and draws text in a box. Every glyph maps
 * back to its characters, so copying or `pdftotext` gives the words in reading order.
 */
export function drawText(doc: Doc, text: string, box: Box, o: TextOptions): TextLayout {
  const layout = layoutText(text, box, o);
  drawLayout(doc, layout, box, o);
  return layout;
}
