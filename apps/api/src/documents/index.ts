/**
 * Documents: pure renderers, data in and PDF bytes out (no database, no HTTP). The engine under
 * `pdf/` (shaping, bidi, wrapping, QR) is shared with the certificates.
 */
export { renderBadgeSheet } from './badges.js';
export { renderTablePdf } from './table.js';
export {
  renderCertificate,
  defaultCertificateDesign,
  fillPlaceholders,
  pageSizeMm,
  placeholdersUsed,
  sampleClaims,
  type CertificateRenderInput,
} from './certificate.js';
export {
  encodeCertificateToken,
  verifyCertificateToken,
  certificateVerificationUrl,
  type CertificateSigner,
  type CertificateTokenCheck,
} from './certificate-token.js';
export * from './document-types.js';
export { createDocument, mm, toBuffer, type Doc } from './pdf/document.js';
export { drawQr } from './pdf/qr.js';
export {
  drawText,
  drawLayout,
  layoutText,
  type Box,
  type TextLayout,
  type TextOptions,
} from './pdf/text.js';
