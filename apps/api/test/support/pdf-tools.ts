import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Debian's poppler-utils and zbar-tools read our PDFs back in the tests, as a reader's
 * software would. A missing tool fails the test with the package to install, never skips it.
 */
function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    const pkg = tool === 'zbarimg' ? 'zbar-tools' : 'poppler-utils';
    throw new Error(`${tool} is not installed: the PDF tests need it (apt-get install ${pkg})`);
  }
  if (result.status !== 0 && !(tool === 'zbarimg' && result.status === 4)) {
    throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  }
  return result.stdout;
}

/** pdftotext's bidi embedding marks (U+202A–U+202E) removed, whitespace collapsed. */
export function normalise(text: string): string {
  return text
    .replace(/[\u202a-\u202e\u200e\u200f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export class PdfFile {
  private readonly dir = mkdtempSync(join(tmpdir(), 'multaqa-pdf-'));
  readonly path = join(this.dir, 'doc.pdf');

  constructor(bytes: Buffer) {
    writeFileSync(this.path, bytes);
  }

  text(page?: number): string {
    const range = page ? ['-f', String(page), '-l', String(page)] : [];
    return run('pdftotext', [...range, this.path, '-']);
  }

  pages(): number {
    return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [this.path]))?.[1]);
  }

  fonts(): string {
    return run('pdffonts', [this.path]);
  }

  /**
   * Words with their boxes (pdftotext -bbox), for checking where things are drawn. -bbox gives
   * an Arabic word's characters as drawn, right to left: they are put back in reading order.
   */
  words(page: number): { word: string; xMin: number; yMin: number }[] {
    const html = run('pdftotext', [
      '-bbox',
      '-f',
      String(page),
      '-l',
      String(page),
      this.path,
      '-',
    ]);
    return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
      (m) => ({
        word: /[\u0600-\u06ff]/.test(m[3]) ? [...m[3]].reverse().join('') : m[3],
        xMin: Number(m[1]),
        yMin: Number(m[2]),
      }),
    );
  }

  /**
   * Every QR code zbarimg reads on a page rendered at `dpi` (150: a modest office scan). Only QR
   * symbols are looked for: other symbologies' decoders can read a stray number in the artwork.
   */
  qrCodes(page: number, dpi = 150): string[] {
    const prefix = join(this.dir, `page${page}-${dpi}`);
    run('pdftoppm', [
      '-r',
      String(dpi),
      '-png',
      '-f',
      String(page),
      '-l',
      String(page),
      this.path,
      prefix,
    ]);
    const png = readdirSync(this.dir).find(
      (f) => f.startsWith(`page${page}-${dpi}`) && f.endsWith('.png'),
    );
    if (!png) throw new Error(`pdftoppm rendered no page ${page}`);
    return run('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', join(this.dir, png)])
      .split('\n')
      .filter(Boolean);
  }

  /**
   * Width and height in millimetres of the dark pixels inside an area of a page (rendered in
   * grey at 150 dpi): the printed size of a QR code standing alone in that area.
   */
  darkExtentMm(
    page: number,
    area: { x: number; y: number; w: number; h: number },
  ): { w: number; h: number } {
    const px = (mm: number) => Math.round((mm / 25.4) * 150);
    const prefix = join(this.dir, `crop${page}`);
    run('pdftoppm', [
      ...['-r', '150', '-gray', '-singlefile', '-f', String(page), '-l', String(page)],
      ...[
        '-x',
        String(px(area.x)),
        '-y',
        String(px(area.y)),
        '-W',
        String(px(area.w)),
        '-H',
        String(px(area.h)),
      ],
      this.path,
      prefix,
    ]);
    const pgm = readFileSync(`${prefix}.pgm`);
    // P5 header: magic, width, height, maxval, each followed by one whitespace.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm -gray did not write a PGM file');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    let [minX, minY, maxX, maxY] = [width, height, -1, -1];
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        if (pixels[y * width + x] >= 128) continue;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
    const mm = (pixelsWide: number) => ((pixelsWide + 1) / 150) * 25.4;
    return { w: maxX < 0 ? 0 : mm(maxX - minX), h: maxY < 0 ? 0 : mm(maxY - minY) };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
