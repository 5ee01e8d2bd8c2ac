import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import type { Doc } from './document.js';

/**
 * Images (PNG, JPEG) prepared once per process and copied into each document.
 *
 * pdfkit turns an image into PDF objects per document: for a PNG with an alpha channel (a
 * signature, a logo, often a background) it inflates the pixels, splits off the alpha and
 * deflates both again, every time. A run issuing a thousand certificates with the same
 * background did that a thousand times. Here pdfkit does it once, into a recorder standing in
 * for a document; each document then gets the recorded objects, bytes as they are.
 */

interface RecordedRef {
  data: Record<string, unknown>;
  bytes?: Uint8Array;
}

export interface PreparedImage {
  width: number;
  height: number;
  /** EXIF orientation of a JPEG (pdfkit turns the image by it). */
  orientation?: number;
  /** In creation order; the first is the image XObject, the others hang under it. */
  refs: RecordedRef[];
}

/** What pdfkit's `image()` takes for an image it need not open or embed again. */
interface EmbeddedImage {
  width: number;
  height: number;
  orientation?: number;
  label: string;
  obj: unknown;
  embed(): void;
}

interface PdfKitImage {
  width: number;
  height: number;
  orientation?: number;
  image?: { imgData?: Uint8Array };
  embed(document: unknown): void;
}

let scratch: Doc | undefined;

function record(bytes: Buffer): Promise<PreparedImage> {
  scratch ??= new PDFDocument({ autoFirstPage: false });
  // Opening parses the headers only; a broken file throws here.
  const image = (scratch as unknown as { openImage(src: Buffer): PdfKitImage }).openImage(bytes);
  // pdfkit inflates PNG data in a zlib callback, where an error would crash the process:
  // inflate it once here, where it can be caught.
  if (image.image?.imgData) inflateSync(image.image.imgData);
  const refs: RecordedRef[] = [];
  return new Promise<PreparedImage>((resolve, reject) => {
    const recorder = {
      ref(data: Record<string, unknown> = {}) {
        const ref = {
          data,
          bytes: undefined as Uint8Array | undefined,
          end(chunk?: Uint8Array) {
            if (chunk) ref.bytes = chunk;
            // The image object is ended last, once its mask and palette are written.
            if (ref === refs[0]) {
              resolve({
                width: image.width,
                height: image.height,
                orientation: image.orientation,
                refs,
              });
            }
          },
        };
        refs.push(ref);
        return ref;
      },
    };
    try {
      image.embed(recorder);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

const byBuffer = new WeakMap<Buffer, Promise<PreparedImage | null>>();
/** The same upload read again (a new Buffer per certificate): found by its id and its bytes' ends. */
const byKey = new Map<string, Promise<PreparedImage | null>>();
const KEYED_IMAGES = 32;

/**
 * The image ready to copy into documents; null when the bytes are not a PNG or JPEG we read.
 * `key` (an asset id) finds it again when the caller hands the same file in a new Buffer.
 */
export function prepareImage(bytes: Buffer, key?: string): Promise<PreparedImage | null> {
  let prepared = byBuffer.get(bytes);
  const fullKey = key
    ? `${key}:${bytes.length}:${bytes.subarray(0, 32).toString('hex')}:${bytes.subarray(-32).toString('hex')}`
    : undefined;
  if (!prepared && fullKey) prepared = byKey.get(fullKey);
  if (!prepared) {
    prepared = (async () => {
      try {
        return await record(bytes);
      } catch {
        return null;
      }
    })();
  }
  byBuffer.set(bytes, prepared);
  if (fullKey) {
    byKey.delete(fullKey);
    byKey.set(fullKey, prepared);
    if (byKey.size > KEYED_IMAGES) byKey.delete(byKey.keys().next().value!);
  }
  return prepared;
}

const perDocument = new WeakMap<Doc, Map<PreparedImage, EmbeddedImage>>();
let labels = 0;

/** The image's objects in this document, written once however often it is drawn. */
function embedded(doc: Doc, image: PreparedImage): EmbeddedImage {
  let images = perDocument.get(doc);
  if (!images) perDocument.set(doc, (images = new Map()));
  let entry = images.get(image);
  if (entry) return entry;
  type Ref = { data: Record<string, unknown>; end(chunk?: Uint8Array): void };
  const docRef = (data: Record<string, unknown>) =>
    (doc as unknown as { ref(data: Record<string, unknown>): Ref }).ref(data);
  const recorded = new Map<unknown, Ref>();
  // Shallow copies first (Filter must be known when a reference is made), links after.
  for (const ref of image.refs) recorded.set(ref, docRef({ ...ref.data }));
  const link = (value: unknown): unknown => {
    if (recorded.has(value)) return recorded.get(value);
    if (Array.isArray(value)) return value.map(link);
    return value;
  };
  for (const ref of image.refs) {
    const real = recorded.get(ref)!;
    for (const [key, value] of Object.entries(ref.data)) real.data[key] = link(value);
  }
  // Hanging objects first, the image last, as pdfkit writes them.
  for (const ref of [...image.refs.slice(1), image.refs[0]]) recorded.get(ref)!.end(ref.bytes);
  labels += 1;
  entry = {
    width: image.width,
    height: image.height,
    orientation: image.orientation,
    label: `MQI${labels}`,
    obj: recorded.get(image.refs[0]),
    embed() {},
  };
  images.set(image, entry);
  return entry;
}

export interface ImagePlacement {
  x: number;
  y: number;
  width: number;
  height: number;
  /** `fit`: inside the box, aspect kept; `fill`: stretched over the box (a background). */
  mode: 'fit' | 'fill';
  /** Within the box when fitting: left and top when absent (pdfkit's defaults). */
  align?: 'center' | 'right';
  valign?: 'center' | 'bottom';
}

/** Draws a prepared image. */
export function drawImage(doc: Doc, image: PreparedImage, at: ImagePlacement): void {
  const handle = embedded(doc, image) as unknown as Buffer;
  if (at.mode === 'fill') {
    doc.image(handle, at.x, at.y, { width: at.width, height: at.height });
  } else {
    doc.image(handle, at.x, at.y, {
      fit: [at.width, at.height],
      align: at.align,
      valign: at.valign,
    });
  }
}
