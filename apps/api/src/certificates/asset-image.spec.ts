import { describe, expect, it } from '@jest/globals';
import { acceptableSize, inspectImage } from './asset-image.js';

const png = (width: number, height: number) => {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'ascii');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
};

/** SOI, an APP0 (JFIF) segment, then a baseline frame header. */
const jpeg = (width: number, height: number) =>
  Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    Buffer.from([0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'ascii'),
    Buffer.alloc(9),
    Buffer.from([
      0xff,
      0xc0,
      0x00,
      0x11,
      0x08,
      height >> 8,
      height & 0xff,
      width >> 8,
      width & 0xff,
    ]),
    Buffer.alloc(12),
  ]);

describe('certificate images', () => {
  it('reads PNG and JPEG sizes from their bytes', () => {
    expect(inspectImage(png(640, 480))).toEqual({
      contentType: 'image/png',
      widthPx: 640,
      heightPx: 480,
    });
    expect(inspectImage(jpeg(1200, 800))).toEqual({
      contentType: 'image/jpeg',
      widthPx: 1200,
      heightPx: 800,
    });
  });

  it('refuses what only claims to be an image', () => {
    expect(inspectImage(Buffer.from('GIF89a……'))).toBeNull();
    expect(inspectImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(inspectImage(png(1, 1).subarray(0, 20))).toBeNull();
    // A JPEG whose scan starts before any frame header has no size to trust.
    expect(inspectImage(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]))).toBeNull();
  });

  it('refuses images that would decode to too many pixels', () => {
    expect(acceptableSize(inspectImage(png(4000, 3000))!)).toBe(true);
    expect(acceptableSize(inspectImage(png(60_000, 10))!)).toBe(false);
    expect(acceptableSize(inspectImage(png(6000, 6000))!)).toBe(false);
    expect(acceptableSize(inspectImage(png(0, 10))!)).toBe(false);
  });
});
