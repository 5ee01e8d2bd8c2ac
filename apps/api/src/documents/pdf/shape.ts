import bidiModule from 'bidi-js';
import * as hb from 'harfbuzzjs';
import { type FontFace, type FontWeight, fontFamily } from './fonts.js';

// bidi-js is CommonJS (module.exports is the factory) but its typings declare a default export.
const bidiFactory = bidiModule as unknown as typeof bidiModule.default;
const bidi = bidiFactory();

export type TextDirection = 'rtl' | 'ltr' | 'auto';

export interface ShapedGlyph {
  id: number;
  /** Index in the paragraph of the first character this glyph draws. */
  cluster: number;
  /** The characters this glyph stands for in a text extractor (empty for the 2nd glyph of a cluster). */
  codePoints: number[];
  /** In ems. */
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** Characters of one face and one bidi level, shaped; glyphs in visual (left to right) order. */
export interface GlyphRun {
  face: FontFace;
  level: number;
  start: number;
  end: number;
  glyphs: ShapedGlyph[];
}

export interface ShapedParagraph {
  text: string;
  rtl: boolean;
  /** In logical order. */
  runs: GlyphRun[];
  /** Advance of each character in ems (a cluster's whole advance sits on its first character). */
  advances: Float64Array;
}

function isArabicScript(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x06ff) ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x08a0 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  );
}

/** Letters of other scripts than Arabic; digits, spaces and punctuation are neutral. */
function isOtherLetter(cp: number): boolean {
  return /\p{L}/u.test(String.fromCodePoint(cp)) && !isArabicScript(cp);
}

/**
 * Picks a face per character: Arabic script in Naskh, other letters in Sans, and neutral
 * characters in the face of the letters around them, so "وزارة الدفاع 2019" stays one run and
 * its spaces keep Naskh's width. A face without the glyph hands the character to the other.
 */
function chooseFaces(text: string, weight: FontWeight): (FontFace | undefined)[] {
  const { arabic, latin } = fontFamily(weight);
  const faces: (FontFace | undefined)[] = new Array(text.length);
  let previous: FontFace | undefined;
  const neutral: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let face: FontFace | undefined;
    if (isArabicScript(cp)) face = arabic;
    else if (isOtherLetter(cp)) face = latin;
    if (face) {
      for (const n of neutral) faces[n] = previous ?? face;
      neutral.length = 0;
      previous = face;
      faces[i] = face;
    } else {
      neutral.push(i);
    }
    i += width;
  }
  for (const n of neutral) faces[n] = previous ?? latin;
  for (let i = 0; i < text.length; i += 1) {
    const face = faces[i];
    if (!face) continue;
    const cp = text.codePointAt(i)!;
    if (!face.has(cp)) {
      const other = face === arabic ? latin : arabic;
      if (other.has(cp)) faces[i] = other;
    }
  }
  return faces;
}

const hbBuffer = new hb.Buffer();

function shapeRun(text: string, run: Omit<GlyphRun, 'glyphs'>): ShapedGlyph[] {
  const rtl = (run.level & 1) === 1;
  hbBuffer.reset();
  hbBuffer.addText(text, run.start, run.end - run.start);
  hbBuffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
  if (run.face.script === 'Arab') {
    hbBuffer.setScript('Arab');
    hbBuffer.setLanguage('ar');
  }
  // Digits and punctuation in the Latin face take the script HarfBuzz guesses from them.
  hbBuffer.guessSegmentProperties();
  // Marks keep their own cluster, so each glyph maps back to as few characters as possible.
  hbBuffer.setClusterLevel(hb.ClusterLevel.MONOTONE_CHARACTERS);
  hb.shape(run.face.hb, hbBuffer);
  const infos = hbBuffer.getGlyphInfos();
  const positions = hbBuffer.getGlyphPositions();
  const clusterEnds = new Map<number, number>();
  const starts = [...new Set(infos.map((g) => g.cluster))].sort((a, b) => a - b);
  starts.forEach((s, i) => clusterEnds.set(s, starts[i + 1] ?? run.end));
  const mapped = new Set<number>();
  const upem = run.face.upem;
  const glyphs = infos.map((info, i): ShapedGlyph => {
    const first = !mapped.has(info.cluster);
    mapped.add(info.cluster);
    const chars = first ? text.slice(info.cluster, clusterEnds.get(info.cluster)) : '';
    return {
      id: info.codepoint,
      cluster: info.cluster,
      codePoints: [...chars].map((c) => c.codePointAt(0)!),
      xAdvance: positions[i].xAdvance / upem,
      xOffset: positions[i].xOffset / upem,
      yOffset: positions[i].yOffset / upem,
    };
  });
  attachMarks(rtl ? [...glyphs].reverse() : glyphs);
  // Text extractors read a right-to-left line as drawn (visual order) and reverse it, a
  // ligature's characters included: so its characters are listed right to left too.
  if (rtl) for (const g of glyphs) g.codePoints.reverse();
  return glyphs;
}

const isMark = (cp: number) => /\p{M}/u.test(String.fromCodePoint(cp));

/**
 * A mark (a haraka, a shadda) is drawn raised and offset from its letter, and an extractor
 * seeing it there starts a new word ("مُحَمَّد" came out as "ُم َح َّم"). So the letter's glyph
 * carries the mark's characters and the mark's glyph carries none. `logical` is in logical order.
 */
function attachMarks(logical: ShapedGlyph[]): void {
  let base: ShapedGlyph | undefined;
  for (const g of logical) {
    if (g.codePoints.length && g.codePoints.every(isMark) && g.xAdvance === 0 && base) {
      base.codePoints.push(...g.codePoints);
      g.codePoints = [];
    } else if (g.codePoints.length) {
      base = g;
    }
  }
}

/** Bidi levels, face runs and HarfBuzz shaping of one paragraph (no line breaks inside). */
export function shapeParagraph(
  text: string,
  weight: FontWeight,
  direction: TextDirection,
): ShapedParagraph {
  const levels = bidi.getEmbeddingLevels(text, direction === 'auto' ? undefined : direction);
  const rtl =
    direction === 'auto' ? (levels.paragraphs[0]?.level ?? 0) % 2 === 1 : direction === 'rtl';
  const faces = chooseFaces(text, weight);
  const runs: GlyphRun[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    // The low half of a surrogate pair has no face of its own: it follows the high half.
    if (i < text.length && faces[i] === undefined) continue;
    if (
      i === text.length ||
      faces[i] !== faces[start] ||
      levels.levels[i] !== levels.levels[start]
    ) {
      const run = { face: faces[start]!, level: levels.levels[start], start, end: i };
      runs.push({ ...run, glyphs: shapeRun(text, run) });
      start = i;
    }
  }
  const advances = new Float64Array(text.length);
  for (const run of runs) for (const g of run.glyphs) advances[g.cluster] += g.xAdvance;
  return { text, rtl, runs, advances };
}
