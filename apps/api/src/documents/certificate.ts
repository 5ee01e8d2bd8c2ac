import type { CertificateClaims, CertificateTemplateDesign } from '@multaqa/contract';
import { PAGE_SIZE_MM } from '@multaqa/contract';
import { createDocument, mm, toBuffer } from './pdf/document.js';
import { drawQr } from './pdf/qr.js';
import { drawText } from './pdf/text.js';

/** Everything one certificate page needs; no database, no HTTP. */
export interface CertificateRenderInput {
  design: CertificateTemplateDesign;
  claims: CertificateClaims;
  /** What the QR code holds: the verification link with the signed token after `#`. */
  verificationUrl: string;
  /** Uploaded images by asset id (background, logos, signatures): PNG or JPEG bytes. */
  assets: ReadonlyMap<string, Buffer>;
}

/**
 * FIRST CUT, to be replaced by the full template renderer (elements, placeholders, mirroring,
 * side-by-side languages): draws the name, the event and the QR so the issuing flow works.
 */
export async function renderCertificate(input: CertificateRenderInput): Promise<Buffer> {
  const { design, claims } = input;
  const [w, h] = PAGE_SIZE_MM[design.pageSize];
  const [width, height] = design.orientation === 'landscape' ? [mm(h), mm(w)] : [mm(w), mm(h)];
  const language = design.languageMode === 'ar_en' ? 'ar' : design.languageMode;
  const doc = createDocument({ title: claims.serial, language });
  doc.addPage({ size: [width, height], margin: 0 });
  const name = language === 'ar' ? claims.fullNameAr : claims.fullNameLatin;
  drawText(
    doc,
    name,
    { x: 40, y: height / 3, width: width - 80 },
    { size: 28, align: 'center', direction: 'auto', font: 'bold' },
  );
  drawText(
    doc,
    claims.eventTitle[language] ?? Object.values(claims.eventTitle)[0] ?? '',
    { x: 40, y: height / 2, width: width - 80 },
    { size: 16, align: 'center', direction: 'auto' },
  );
  drawQr(doc, input.verificationUrl, width - mm(45), height - mm(45), mm(35));
  drawText(doc, claims.serial, { x: 40, y: height - mm(20), width: width - 80 }, { size: 9 });
  return toBuffer(doc);
}
