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
}

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
