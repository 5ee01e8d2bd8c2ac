import type { Language } from '@multaqa/contract';
import PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;

/** Millimetres to PDF points. */
export const mm = (n: number) => (n * 72) / 25.4;

export function createDocument(options: {
  title: string;
  language: Language;
  /** Keep pages open to number them "page 2 of 5" once the count is known. */
  numberPages?: boolean;
}): Doc {
  return new PDFDocument({
    autoFirstPage: false,
    compress: true,
    lang: options.language,
    info: { Title: options.title, Creator: 'Multaqa' },
    bufferPages: options.numberPages ?? false,
    // No default Helvetica: the engine draws with its own fonts, and pdfkit parsed the AFM
    // metrics of its default font for every document (3 ms of a 20 ms certificate).
    font: null as unknown as string,
  });
}

/** Ends the document and collects its bytes. */
export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Rendering is synchronous work; awaiting this between pages keeps the server responsive. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
