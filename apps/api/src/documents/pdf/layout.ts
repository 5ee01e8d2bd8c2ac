import type { FontFace } from './fonts.js';
import type { GlyphRun, ShapedGlyph, ShapedParagraph } from './shape.js';

/** A line's glyphs in visual order, each with the face that draws it; widths in ems. */
export interface VisualLine {
  glyphs: { face: FontFace; glyph: ShapedGlyph }[];
  width: number;
}

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\u00a0';

function rangeWidth(p: ShapedParagraph, start: number, end: number): number {
  let width = 0;
  for (let i = start; i < end; i += 1) width += p.advances[i];
  return width;
}

/**
 * Greedy line breaking on spaces, in logical order (shaping does not change across a space, so
 * the paragraph is shaped once and cut by character ranges). A word wider than the line is cut
 * between characters: a last resort, names are shrunk first (see `fitText`).
 * Returns [start, end) ranges without their trailing spaces.
 */
export function breakLines(p: ShapedParagraph, maxWidth: number): [number, number][] {
  const text = p.text;
  const words: [number, number][] = [];
  for (let i = 0; i < text.length;) {
    while (i < text.length && isSpace(text[i])) i += 1;
    const start = i;
    while (i < text.length && !isSpace(text[i])) i += 1;
    if (i > start) words.push([start, i]);
  }
  const lines: [number, number][] = [];
  let line: [number, number] | null = null;
  for (const [ws, we] of words) {
    if (line && rangeWidth(p, line[0], we) <= maxWidth) {
      line[1] = we;
      continue;
    }
    if (line) lines.push(line);
    line = [ws, we];
    // Cut an over-long word at the last character that still fits.
    while (rangeWidth(p, line[0], line[1]) > maxWidth) {
      let cut: number = line[0] + 1;
      while (cut < line[1] && rangeWidth(p, line[0], cut + 1) <= maxWidth) cut += 1;
      if (cut < line[1] && /[\udc00-\udfff]/.test(text[cut])) cut += 1;
      if (cut >= line[1]) break;
      lines.push([line[0], cut]);
      line = [cut, line[1]];
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The glyphs of a line in visual order: the line's pieces of each run, reordered by rule L2 of
 * the Unicode bidi algorithm (from the highest level down to the lowest odd one, reverse every
 * sequence at that level or above). HarfBuzz already gave each right-to-left run its glyphs
 * in visual order.
 */
export function visualLine(p: ShapedParagraph, start: number, end: number): VisualLine {
  const pieces: { run: GlyphRun; glyphs: ShapedGlyph[] }[] = [];
  for (const run of p.runs) {
    if (run.end <= start || run.start >= end) continue;
    const glyphs = run.glyphs.filter((g) => g.cluster >= start && g.cluster < end);
    if (glyphs.length) pieces.push({ run, glyphs });
  }
  const levels = pieces.map((piece) => piece.run.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level -= 1) {
    for (let i = 0; i < pieces.length;) {
      if (pieces[i].run.level < level) {
        i += 1;
        continue;
      }
      let j = i;
      while (j < pieces.length && pieces[j].run.level >= level) j += 1;
      pieces.splice(i, j - i, ...pieces.slice(i, j).reverse());
      i = j;
    }
  }
  const glyphs = pieces.flatMap((piece) =>
    piece.glyphs.map((glyph) => ({ face: piece.run.face, glyph })),
  );
  return { glyphs, width: glyphs.reduce((sum, g) => sum + g.glyph.xAdvance, 0) };
}
