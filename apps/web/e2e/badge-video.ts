import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

/**
 * A video for Chromium's fake camera (`--use-file-for-fake-video-capture`): each text drawn as
 * a QR code in greyscale YUV 4:2:0 frames, written as Y4M by hand (header, then per frame the
 * Y plane and two flat chroma planes), so no ffmpeg is needed.
 */
export interface BadgeVideoOptions {
  width?: number;
  height?: number;
  fps?: number;
  framesPerCode?: number;
  /** Blank frames first: the page opens and the test acts before any code is shown. */
  leadSeconds?: number;
}

const WHITE = 235;
const BLACK = 16;

function qrFrame(text: string | null, width: number, height: number): Buffer {
  const frame = Buffer.alloc(width * height * 1.5, 128);
  frame.fill(WHITE, 0, width * height);
  if (text === null) return frame;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' });
  const quiet = 4;
  const scale = Math.floor(Math.min(width, height) / (modules.size + 2 * quiet));
  if (scale < 2) throw new Error(`a ${modules.size}-module code does not fit ${width}×${height}`);
  const left = Math.floor((width - modules.size * scale) / 2);
  const top = Math.floor((height - modules.size * scale) / 2);
  for (let row = 0; row < modules.size; row += 1)
    for (let col = 0; col < modules.size; col += 1) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y += 1) {
        const start = (top + row * scale + y) * width + left + col * scale;
        frame.fill(BLACK, start, start + scale);
      }
    }
  return frame;
}

export function writeBadgeVideo(path: string, texts: string[], options: BadgeVideoOptions = {}) {
  const { width = 480, height = 360, fps = 10, framesPerCode = 8, leadSeconds = 0 } = options;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const marker = Buffer.from('FRAME\n');
  const parts: Buffer[] = [header];
  const blank = qrFrame(null, width, height);
  for (let i = 0; i < Math.round(leadSeconds * fps); i += 1) parts.push(marker, blank);
  for (const text of texts) {
    const frame = qrFrame(text, width, height);
    for (let i = 0; i < framesPerCode; i += 1) parts.push(marker, frame);
    // One blank frame between codes, as a badge leaves the picture before the next arrives.
    parts.push(marker, blank);
  }
  writeFileSync(path, Buffer.concat(parts));
}
