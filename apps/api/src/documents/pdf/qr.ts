import type PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

type Doc = InstanceType<typeof PDFDocument>;

/** The quiet zone the QR specification asks for, in modules. */
const QUIET_ZONE = 4;

export interface QrOptions {
  /** M (15 % of the symbol may be lost) unless told. */
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
  /**
   * A fixed mask (0–7) instead of the best of eight: scoring the eight masks is most of the
   * work for a large symbol (a certificate's link: version 30 to 40), and any mask reads.
   */
  maskPattern?: number;
  /**
   * `vector` (the default): a rectangle per run of dark modules. `image`: one bit per module in
   * an image mask, for a large symbol: a certificate's version-40 code is 15,000 rectangles
   * (140 kB of page content to write and compress, most of a certificate's time) or 4 kB of bits.
   */
  drawAs?: 'vector' | 'image';
}

let qrImages = 0;

/** The modules as a 1-bit image mask (1 = dark, painted in the fill colour), one pixel each. */
function drawModulesAsImage(doc: Doc, modules: QrModules, x: number, y: number, side: number) {
  const count = modules.size;
  const stride = Math.ceil(count / 8);
  const bits = Buffer.alloc(stride * count);
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (modules.get(row, col)) bits[row * stride + (col >> 3)] |= 0x80 >> (col & 7);
    }
  }
  const internals = doc as unknown as {
    ref(data: Record<string, unknown>): { end(chunk: Buffer): void };
    page: { xobjects: Record<string, unknown> };
  };
  const image = internals.ref({
    Type: 'XObject',
    Subtype: 'Image',
    Width: count,
    Height: count,
    ImageMask: true,
    BitsPerComponent: 1,
    Decode: [1, 0],
  });
  image.end(bits);
  qrImages += 1;
  const label = `MQQR${qrImages}`;
  internals.page.xobjects[label] = image;
  doc.save();
  doc.fillColor('#000000');
  // An image fills the unit square from its bottom-left corner; pdfkit's page is upside down.
  doc.transform(side, 0, 0, -side, x, y + side);
  doc.addContent(`/${label} Do`);
  doc.restore();
}

type QrModules = ReturnType<typeof QRCode.create>['modules'];

/**
 * Draws a QR code (error correction M unless told) as vector rectangles, quiet zone included in `size`:
 * crisp at any print resolution and no PNG round trip. The modules are drawn in a coordinate
 * system of one unit per module, so each rectangle is a few integers, and the dark modules of
 * a row are merged into one rectangle per run: a sheet of 1,000 badges stays small and fast.
 */
export function drawQr(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  size: number,
  options: QrOptions = {},
): void {
  // One byte-mode segment: the token is base64url text, and letting the library search for
  // the best mix of modes cost more than the rest of the badge.
  // Throws when the text is longer than a QR code holds at that level.
  const { modules } = QRCode.create([{ data: Buffer.from(text), mode: 'byte' }], {
    errorCorrectionLevel: options.errorCorrectionLevel ?? 'M',
    maskPattern: options.maskPattern as QRCode.QRCodeMaskPattern | undefined,
  });
  const count = modules.size;
  const module = size / (count + 2 * QUIET_ZONE);
  if (options.drawAs === 'image') {
    doc.save();
    doc.rect(x, y, size, size).fill('#ffffff');
    doc.restore();
    const inset = QUIET_ZONE * module;
    drawModulesAsImage(doc, modules, x + inset, y + inset, size - 2 * inset);
    return;
  }
  const rects: string[] = [];
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count;) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col)) col += 1;
      // A hair taller than a module, so renderers leave no seams between rows.
      rects.push(`${start} ${row} ${col - start} 1.02 re`);
    }
  }
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  doc.transform(module, 0, 0, module, x + QUIET_ZONE * module, y + QUIET_ZONE * module);
  doc.fillColor('#000000');
  doc.addContent(rects.join('\n'));
  doc.addContent('f');
  doc.restore();
}
