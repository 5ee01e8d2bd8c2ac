import { StreamableFile } from '@nestjs/common';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

/** A file the browser saves as `filename` (exports, badge sheets). */
export function download(bytes: Uint8Array, type: string, filename: string): StreamableFile {
  return new StreamableFile(bytes, { type, disposition: `attachment; filename="${filename}"` });
}
