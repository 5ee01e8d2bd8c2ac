import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import * as hb from 'harfbuzzjs';

/**
 * The committed OFL fonts, loaded once per process. The path is taken from this file, not the
 * working directory: `src/documents/pdf` and `dist/documents/pdf` sit at the same depth under the
 * package root, so both the tests and the built API find `assets/fonts`.
 */
const FONT_DIR = new URL('../../../assets/fonts/', import.meta.url);

export type FontWeight = 'regular' | 'bold';

/** One font file: HarfBuzz shapes with it, pdfkit embeds (subsets) the same file. */
export interface FontFace {
  /** Stable name, also the key of the face's embedded copy inside a document. */
  key: string;
  /** The script the face is for (ISO 15924), told to HarfBuzz when shaping with it. */
  script: 'Arab' | 'Latn';
  hb: hb.Font;
  /** Parsed once here and handed to pdfkit, so each document does not parse the file again. */
  fontkit: fontkit.Font;
  /** The font file's bytes (the subset copies its unchanging tables from them). */
  file: Buffer;
  upem: number;
  has(codePoint: number): boolean;
  /** Default advance of a glyph in ems (what the PDF's width table says). */
  advance(glyphId: number): number;
}

interface GlyphInternals {
  _decode(): unknown;
}

/**
 * pdfkit subsets a font for every document, and fontkit decodes each glyph's outline again to
 * find a composite glyph's parts (a sixth of a certificate's time). The file never changes and
 * these fonts have no variations, so each glyph is decoded once per process.
 */
function decodeGlyphsOnce(font: fontkit.Font): fontkit.Font {
  const getGlyph = font.getGlyph.bind(font);
  const done = new WeakSet<object>();
  font.getGlyph = (id: number, codePoints?: number[]) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && !done.has(glyph)) {
      done.add(glyph);
      const internals = glyph as unknown as GlyphInternals;
      const decode = internals._decode.bind(glyph);
      let decoded: { value: unknown } | undefined;
      internals._decode = () => (decoded ??= { value: decode() }).value;
    }
    return glyph;
  };
  return font;
}

function loadFace(key: string, script: FontFace['script'], file: string): FontFace {
  const data = readFileSync(new URL(file, FONT_DIR));
  const face = new hb.Face(new hb.Blob(data));
  const font = new hb.Font(face);
  const upem = face.upem;
  const advances = new Map<number, number>();
  const coverage = new Map<number, boolean>();
  return {
    key,
    script,
    hb: font,
    fontkit: decodeGlyphsOnce(fontkit.create(data) as fontkit.Font),
    file: data,
    upem,
    has(codePoint) {
      let known = coverage.get(codePoint);
      if (known === undefined) {
        known = font.nominalGlyph(codePoint) !== undefined;
        coverage.set(codePoint, known);
      }
      return known;
    },
    advance(glyphId) {
      let width = advances.get(glyphId);
      if (width === undefined) {
        width = font.glyphHAdvance(glyphId) / upem;
        advances.set(glyphId, width);
      }
      return width;
    },
  };
}

export interface FontFamily {
  arabic: FontFace;
  latin: FontFace;
}

let families: Record<FontWeight, FontFamily> | undefined;

/** The Arabic and Latin faces of a weight; the files are read on first use. */
export function fontFamily(weight: FontWeight): FontFamily {
  families ??= {
    regular: {
      arabic: loadFace('naskh-regular', 'Arab', 'NotoNaskhArabic-Regular.ttf'),
      latin: loadFace('sans-regular', 'Latn', 'NotoSans-Regular.ttf'),
    },
    bold: {
      arabic: loadFace('naskh-bold', 'Arab', 'NotoNaskhArabic-Bold.ttf'),
      latin: loadFace('sans-bold', 'Latn', 'NotoSans-Bold.ttf'),
    },
  };
  return families[weight];
}
