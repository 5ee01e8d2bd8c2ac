/**
 * Writing a TrueType subset's file, faster than fontkit does it.
 *
 * fontkit's `TTFSubset.encode()` collects the glyphs (kept here: `_addGlyph` follows composite
 * glyphs and fills `glyf`, `loca`, `hmtx`), then re-encodes every table through its generic
 * struct encoder, the hinting programs (`fpgm`, `prep`, `cvt `: 4 kB per font) one number at a
 * time: a quarter of a certificate's time, for bytes that never change. Here those tables are
 * copied from the font file as they are, `head`, `hhea` and `maxp` are copied with their
 * counts patched, and the table directory gets real checksums (fontkit leaves them zero).
 * The glyph data and metrics are fontkit's own, so the subset draws the same glyphs.
 */

interface SubsetInternals {
  glyphs: number[];
  glyf: Uint8Array[];
  offset: number;
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[]; bearings: number[] };
  _addGlyph(gid: number): number;
  encode(): Uint8Array;
}

interface FontInternals {
  loca: { version: number };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
}

const pad4 = (n: number) => (n + 3) & ~3;

function checksum(bytes: Buffer): number {
  let sum = 0;
  const whole = bytes.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + bytes.readUInt32BE(i)) >>> 0;
  if (whole < bytes.length) {
    const tail = Buffer.alloc(4);
    bytes.copy(tail, 0, whole);
    sum = (sum + tail.readUInt32BE(0)) >>> 0;
  }
  return sum;
}

/** The font file of the subset's glyphs (the tables a PDF viewer needs, as fontkit writes). */
function encodeSubset(subset: SubsetInternals, font: FontInternals, file: Buffer): Buffer {
  subset.glyf = [];
  subset.offset = 0;
  subset.loca = { offsets: [], version: font.loca.version };
  subset.hmtx = { metrics: [], bearings: [] };
  // Composite glyphs append their parts to `glyphs` while it is walked.
  for (let i = 0; i < subset.glyphs.length; i += 1) subset._addGlyph(subset.glyphs[i]);
  const count = subset.glyf.length;

  const raw = (tag: string) => {
    const entry = font.directory.tables[tag];
    return entry ? file.subarray(entry.offset, entry.offset + entry.length) : undefined;
  };
  const glyf = Buffer.alloc(subset.offset + 4 * count);
  const loca = Buffer.alloc(4 * (count + 1));
  let at = 0;
  subset.glyf.forEach((glyph, i) => {
    loca.writeUInt32BE(at, 4 * i);
    glyf.set(glyph, at);
    at = pad4(at + glyph.length);
  });
  loca.writeUInt32BE(at, 4 * count);
  const hmtx = Buffer.alloc(4 * count);
  subset.hmtx.metrics.forEach((m, i) => {
    hmtx.writeUInt16BE(m.advance, 4 * i);
    hmtx.writeInt16BE(m.bearing, 4 * i + 2);
  });
  const head = Buffer.from(raw('head')!);
  head.writeUInt32BE(0, 8); // checkSumAdjustment, set below
  head.writeInt16BE(1, 50); // indexToLocFormat: long offsets
  const hhea = Buffer.from(raw('hhea')!);
  hhea.writeUInt16BE(count, 34); // numberOfHMetrics
  const maxp = Buffer.from(raw('maxp')!);
  maxp.writeUInt16BE(count, 4); // numGlyphs

  const tables: [string, Buffer][] = (
    [
      ['cvt ', raw('cvt ')],
      ['fpgm', raw('fpgm')],
      ['glyf', glyf.subarray(0, at)],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
      ['prep', raw('prep')],
    ] as [string, Buffer | undefined][]
  ).filter((t): t is [string, Buffer] => t[1] !== undefined);

  const n = tables.length;
  const log2 = Math.floor(Math.log2(n));
  const directory = Buffer.alloc(12 + 16 * n);
  directory.writeUInt32BE(0x00010000, 0);
  directory.writeUInt16BE(n, 4);
  directory.writeUInt16BE(16 * 2 ** log2, 6);
  directory.writeUInt16BE(log2, 8);
  directory.writeUInt16BE(16 * n - 16 * 2 ** log2, 10);
  let offset = directory.length;
  const body: Buffer[] = [];
  let headOffset = 0;
  tables.forEach(([tag, bytes], i) => {
    const record = 12 + 16 * i;
    directory.write(tag, record, 'latin1');
    directory.writeUInt32BE(checksum(bytes), record + 4);
    directory.writeUInt32BE(offset, record + 8);
    directory.writeUInt32BE(bytes.length, record + 12);
    if (tag === 'head') headOffset = offset;
    const padded = pad4(bytes.length);
    body.push(bytes, Buffer.alloc(padded - bytes.length));
    offset += padded;
  });
  const out = Buffer.concat([directory, ...body]);
  out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headOffset + 8);
  return out;
}

/** Makes a fontkit TrueType subset write its file with `encodeSubset`. */
export function fastSubset(subset: unknown, font: unknown, file: Buffer): void {
  const s = subset as SubsetInternals;
  if (typeof s._addGlyph !== 'function' || !Array.isArray(s.glyphs)) return; // not TrueType
  s.encode = () => encodeSubset(s, font as FontInternals, file);
}
