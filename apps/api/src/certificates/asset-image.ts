/** The largest image we accept, in decoded pixels: a small file can still decode to gigabytes. */
export const MAX_IMAGE_SIDE_PX = 8000;
export const MAX_IMAGE_PIXELS = 25_000_000;

export interface ImageInfo {
  contentType: 'image/png' | 'image/jpeg';
  widthPx: number;
  heightPx: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * What an upload really is, from its bytes (never its name or declared type): PNG (signature,
 * then IHDR) or JPEG (SOI, then a start-of-frame segment). Null for anything else.
 */
export function inspectImage(bytes: Buffer): ImageInfo | null {
  if (bytes.length >= 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    if (bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
    return {
      contentType: 'image/png',
      widthPx: bytes.readUInt32BE(16),
      heightPx: bytes.readUInt32BE(20),
    };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    let offset = 2;
    while (offset + 4 <= bytes.length) {
      if (bytes[offset] !== 0xff) return null;
      const marker = bytes[offset + 1];
      // Fill bytes and markers without a length.
      if (marker === 0xff) {
        offset += 1;
        continue;
      }
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        offset += 2;
        continue;
      }
      const length = bytes.readUInt16BE(offset + 2);
      if (length < 2) return null;
      const isFrame =
        marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isFrame) {
        if (offset + 9 > bytes.length) return null;
        return {
          contentType: 'image/jpeg',
          heightPx: bytes.readUInt16BE(offset + 5),
          widthPx: bytes.readUInt16BE(offset + 7),
        };
      }
      if (marker === 0xda || marker === 0xd9) return null; // scan data before any frame header
      offset += 2 + length;
    }
  }
  return null;
}

/** Dimensions we are willing to decode. */
export const acceptableSize = (info: ImageInfo) =>
  info.widthPx >= 1 &&
  info.heightPx >= 1 &&
  info.widthPx <= MAX_IMAGE_SIDE_PX &&
  info.heightPx <= MAX_IMAGE_SIDE_PX &&
  info.widthPx * info.heightPx <= MAX_IMAGE_PIXELS;
