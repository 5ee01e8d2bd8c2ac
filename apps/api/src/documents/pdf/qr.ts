import type PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

type Doc = InstanceType<typeof PDFDocument>;

/** The quiet zone the QR specification asks for, in modules. */
export const QUIET_ZONE = 4;

/**
 * Draws a QR code (error correction M) as vector rectangles, quiet zone included in `size`:
 * crisp at any print resolution and no PNG round trip. Dark modules of a row are merged into
 * one rectangle per run, which keeps a sheet of 1,000 badges small.
 */
export function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const module = size / (count + 2 * QUIET_ZONE);
  const origin = QUIET_ZONE * module;
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count;) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col)) col += 1;
      // A hair of overlap between rows, so renderers leave no seams between modules.
      doc.rect(
        x + origin + start * module,
        y + origin + row * module,
        (col - start) * module,
        module + 0.05,
      );
    }
  }
  doc.fill('#000000');
  doc.restore();
}
