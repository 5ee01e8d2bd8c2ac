import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  type CertificateClaims,
  type CertificateElement,
  type CertificateTemplateDesign,
  certificateClaimsSchema,
  certificateTemplateInputSchema,
  formatHijriDateRange,
  parseCertificateToken,
} from '@multaqa/contract';
import canonicalize from 'canonicalize';
import * as fontkit from 'fontkit';
import { normalise, PdfFile } from '../../test/support/pdf-tools.js';
import {
  certificateVerificationUrl,
  defaultCertificateDesign,
  encodeCertificateToken,
  fillPlaceholders,
  placeholdersUsed,
  renderCertificate,
  sampleClaims,
  verifyCertificateToken,
} from './index.js';
import { fontFamily } from './pdf/fonts.js';
import { fastSubset } from './pdf/subset.js';

const dirs: string[] = [];
const files: PdfFile[] = [];
afterAll(() => {
  files.forEach((f) => f.remove());
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const open = (bytes: Buffer) => {
  const file = new PdfFile(bytes);
  files.push(file);
  return file;
};
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'multaqa-cert-'));
  dirs.push(dir);
  return dir;
};

function run(tool: string, args: string[], input?: string) {
  const result = spawnSync(tool, args, { encoding: 'utf8', input });
  if (result.error) throw result.error;
  return result;
}

/** A PNG of solid colour (RGBA, so pdfkit has an alpha channel to split): test images. */
function png(width: number, height: number, rgba: [number, number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 4)]);
  for (let x = 0; x < width; x += 1) row.set(rgba, 1 + x * 4);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const keys = generateKeyPairSync('ed25519');
const KID = 'key-2026-01';
const signer = { kid: KID, sign: (bytes: Buffer) => sign(null, bytes, keys.privateKey) };

/** `openssl pkeyutl -verify` of a token's payload text and signature with the public key alone. */
function opensslVerifies(payload: string | Buffer, signature: Buffer) {
  const dir = tempDir();
  writeFileSync(join(dir, 'key.pem'), keys.publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(join(dir, 'payload.txt'), payload);
  writeFileSync(join(dir, 'sig.bin'), signature);
  return run('openssl', [
    ...['pkeyutl', '-verify', '-pubin', '-inkey', join(dir, 'key.pem'), '-rawin'],
    ...['-in', join(dir, 'payload.txt'), '-sigfile', join(dir, 'sig.bin')],
  ]);
}

function certificate(mode: CertificateClaims['languageMode'], design?: CertificateTemplateDesign) {
  const claims = { ...sampleClaims(mode), kid: KID };
  const token = encodeCertificateToken(claims, signer);
  return {
    design: design ?? { ...defaultCertificateDesign(), languageMode: mode },
    claims,
    verificationUrl: certificateVerificationUrl(
      'https://multaqa.example.org',
      claims.serial,
      token,
    ),
    token,
    assets: new Map<string, Buffer>(),
  };
}

const el = (e: Partial<CertificateElement> & Pick<CertificateElement, 'id' | 'kind'>) =>
  ({
    x: 20,
    y: 20,
    width: 100,
    height: 20,
    align: 'center',
    fontSize: 14,
    bold: false,
    color: '#212529',
    ...e,
  }) as CertificateElement;

const design = (
  elements: CertificateElement[],
  more: Partial<CertificateTemplateDesign> = {},
): CertificateTemplateDesign => ({
  name: 'test',
  pageSize: 'A4',
  orientation: 'landscape',
  languageMode: 'ar',
  mirrorForRtl: true,
  backgroundAssetId: null,
  elements,
  ...more,
});

/** Image XObjects pdfimages lists (type image, not their alpha masks), with their object ids. */
function images(pdf: PdfFile): { type: string; width: number; object: string }[] {
  const out = run('pdfimages', ['-list', pdf.path]).stdout.split('\n').slice(2).filter(Boolean);
  return out.map((line) => {
    const cols = line.trim().split(/\s+/);
    return { type: cols[2], width: Number(cols[3]), object: cols[10] };
  });
}

describe('certificate renderer', () => {
  it('Arabic: the name, the event title and the Hijri date come out of pdftotext in reading order, fonts embedded', async () => {
    const input = certificate('ar');
    const pdf = open(await renderCertificate(input));
    expect(pdf.pages()).toBe(1);
    const lines = pdf.text().split('\n').map(normalise).filter(Boolean);
    expect(lines).toContain('محمد عبدالله نور');
    expect(lines).toContain('شهادة حضور');
    const event = input.claims.eventTitle.ar!;
    // pdftotext puts a comma after an Arabic word at the next word's start ("مقديشو ،الدفعة"):
    // the words themselves are compared, in order.
    const words = (s: string) => s.replace(/[،,]/g, ' ').split(/\s+/).filter(Boolean);
    expect(lines.map(words)).toContainEqual(words(event));
    // The Hijri range: poppler writes a run of digits inside an Arabic line as drawn (so
    // "١٧–٢١" reads "٢١–١٧", and it moves the space beside a number): the letters' order and
    // both days are checked, without spaces.
    const hijri = formatHijriDateRange('2020-01-12', '2020-01-16');
    expect(hijri).toBe('١٧–٢١ جمادى الأولى ١٤٤١ هـ');
    const compact = pdf.text().replace(/[\s\u202a-\u202e]/g, '');
    expect(compact).toContain('جمادىالأولى١٤٤١هـ');
    expect(compact).toMatch(/٢١–١٧|١٧–٢١/);
    expect(pdf.text()).toContain('MQ-2020-00042-');
    const fonts = pdf.fonts();
    expect(fonts).toMatch(/NotoNaskhArabic-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(fonts).toMatch(/NotoNaskhArabic-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('the QR code read back from the rendered page is the short verification link, and its detached token checks against the claims', async () => {
    const input = certificate('ar_en');
    const pdf = open(await renderCertificate(input));
    // The link carries the token without its payload: a small QR, read at 150 dpi (a phone
    // photo of a print, not a careful scan).
    expect(input.verificationUrl).toMatch(
      /^https:\/\/multaqa\.example\.org\/verify\/MQ-2020-00042-.#MQC1\.\.[A-Za-z0-9_-]{86}$/,
    );
    expect(input.verificationUrl.length).toBeLessThan(160);
    const codes = pdf.qrCodes(1);
    expect(codes).toEqual([input.verificationUrl]);
    const detached = codes[0].split('#')[1];
    const lookup = (kid: string) => (kid === KID ? keys.publicKey : undefined);
    expect(verifyCertificateToken(detached, lookup, input.claims)).toEqual({
      valid: true,
      claims: input.claims,
      kid: KID,
    });
    // Other claims (a database that changed a name) do not match the signature.
    expect(
      verifyCertificateToken(detached, lookup, { ...input.claims, fullNameLatin: 'Someone Else' }),
    ).toEqual({ valid: false, reason: 'bad_signature' });
    // Without claims, a detached token says nothing.
    expect(verifyCertificateToken(detached, lookup)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('the PDF carries the full token in its info dictionary: the file alone checks offline with openssl', async () => {
    const input = certificate('ar_en');
    const pdf = open(await renderCertificate(input));
    const info = run('pdfinfo', ['-custom', pdf.path]).stdout;
    const token = /^MultaqaCertificate:\s*(\S+)$/m.exec(info)?.[1];
    expect(token).toBe(input.token);
    const [, payload, signature] = token!.split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toEqual(input.claims);
    const good = opensslVerifies(payload, Buffer.from(signature, 'base64url'));
    expect(good.stdout).toContain('Signature Verified Successfully');
    expect(good.status).toBe(0);
    // Another certificate's signature does not verify this file's claims.
    const other = certificate('en').token.split('.')[2];
    expect(opensslVerifies(payload, Buffer.from(other, 'base64url')).status).not.toBe(0);
  });

  it('ar_en: English in the left half and Arabic in the right half of each text box', async () => {
    const pdf = open(await renderCertificate(certificate('ar_en')));
    const text = normalise(pdf.text());
    for (const expected of [
      'Certificate of attendance',
      'شهادة حضور',
      'Mohamed Abdullahi Nur',
      'محمد عبدالله نور',
      'Foundations: extremist narratives and hate speech online',
      'Dr Amina Yusuf',
    ]) {
      expect(text).toContain(expected);
    }
    const words = pdf.words(1);
    const at = (w: string) => words.find((x) => x.word === w)!.xMin;
    const middle = 842 / 2;
    expect(at('Mohamed')).toBeLessThan(middle);
    expect(at('نور')).toBeGreaterThan(middle);
    expect(at('Certificate')).toBeLessThan(middle);
    expect(at('شهادة')).toBeGreaterThan(middle);
  });

  it('an Arabic design mirrors: an element designed on the left is drawn on the right, aligned to its right edge', async () => {
    const elements = [
      el({
        id: 'a',
        kind: 'text',
        x: 20,
        width: 120,
        align: 'start',
        text: { ar: 'الاسم {{name}}' },
      }),
      el({ id: 'q', kind: 'qr', x: 240, y: 150, width: 40, height: 40 }),
    ];
    const claims = { ...sampleClaims('ar'), kid: KID };
    const render = (mirrorForRtl: boolean) =>
      renderCertificate({
        design: design(elements, { mirrorForRtl }),
        claims,
        verificationUrl: 'https://multaqa.example.org/verify/x',
        assets: new Map(),
      });
    const mirrored = open(await render(true));
    const asDesigned = open(await render(false));
    const x = (pdf: PdfFile, word: string) => pdf.words(1).find((w) => w.word === word)!.xMin;
    const mmToPt = (n: number) => (n * 72) / 25.4;
    // Mirrored box: 297 − 20 − 120 = 157 … 277 mm; "start" is its right edge in Arabic.
    expect(x(mirrored, 'الاسم')).toBeGreaterThan(mmToPt(200));
    expect(x(mirrored, 'الاسم')).toBeLessThan(mmToPt(277));
    // As designed: 20 … 140 mm, still right-aligned (start is the reading side).
    expect(x(asDesigned, 'الاسم')).toBeLessThan(mmToPt(140));
    expect(x(asDesigned, 'الاسم')).toBeGreaterThan(mmToPt(60));
    // The QR moves from the right corner to the left one.
    const qr = (pdf: PdfFile) => ({
      left: pdf.darkExtentMm(1, { x: 10, y: 145, w: 60, h: 55 }).w,
      right: pdf.darkExtentMm(1, { x: 230, y: 145, w: 60, h: 55 }).w,
    });
    expect(qr(mirrored).left).toBeGreaterThan(25);
    expect(qr(mirrored).right).toBe(0);
    expect(qr(asDesigned).right).toBeGreaterThan(25);
    expect(qr(asDesigned).left).toBe(0);
  });

  it('English and French print their own language, with the Gregorian dates only', async () => {
    const en = normalise(open(await renderCertificate(certificate('en'))).text());
    expect(en).toContain('This certificate is awarded to');
    expect(en).toContain('30 hours of training');
    expect(en).not.toMatch(/[\u0600-\u06ff]/);
    const fr = normalise(open(await renderCertificate(certificate('fr'))).text());
    expect(fr).toContain('Certificat de participation');
    expect(fr).toContain('12–16 janvier 2020');
    expect(fr).toContain('Heures');
  });

  it('a missing or unreadable asset is left out, never an error', async () => {
    const input = certificate('ar_en', {
      ...defaultCertificateDesign(),
      backgroundAssetId: randomUUID(),
      elements: [
        ...defaultCertificateDesign().elements.map((e) =>
          e.kind === 'signature' ? { ...e, assetId: randomUUID() } : e,
        ),
        el({
          id: 'logo',
          kind: 'image',
          x: 10,
          y: 10,
          width: 30,
          height: 30,
          assetId: randomUUID(),
        }),
      ],
    });
    const broken = input.design.elements.find((e) => e.id === 'logo')!.assetId!;
    input.assets.set(broken, Buffer.from('not an image'));
    const pdf = open(await renderCertificate(input));
    expect(normalise(pdf.text())).toContain('Mohamed Abdullahi Nur');
    // Only the QR code's modules (a 1-bit stencil) are an image.
    expect(images(pdf).map((i) => i.type)).toEqual(['stencil']);
  });

  it('draws a background and a signature image; a logo used twice is embedded once', async () => {
    const background = randomUUID();
    const signature = randomUUID();
    const logo = randomUUID();
    const base = defaultCertificateDesign();
    const input = certificate('ar_en', {
      ...base,
      backgroundAssetId: background,
      elements: [
        ...base.elements.map((e) => (e.kind === 'signature' ? { ...e, assetId: signature } : e)),
        el({ id: 'logo1', kind: 'image', x: 10, y: 10, width: 20, height: 20, assetId: logo }),
        el({ id: 'logo2', kind: 'image', x: 267, y: 10, width: 20, height: 20, assetId: logo }),
      ],
    });
    input.assets.set(background, png(300, 212, [200, 220, 255, 255]));
    input.assets.set(signature, png(240, 80, [20, 40, 120, 200]));
    input.assets.set(logo, png(64, 64, [200, 30, 30, 255]));
    const plain = await renderCertificate(certificate('ar_en'));
    const bytes = await renderCertificate(input);
    expect(bytes.length).toBeGreaterThan(plain.length);
    const pdf = open(bytes);
    const listed = images(pdf).filter((i) => i.type === 'image');
    // Background, signature, and the logo drawn twice from one object.
    expect(listed.map((i) => i.width).sort((a, b) => a - b)).toEqual([64, 64, 240, 300]);
    const logos = listed.filter((i) => i.width === 64);
    expect(logos[0].object).toBe(logos[1].object);
    // Alpha channels kept as soft masks (listed once per drawing, like the images).
    expect(images(pdf).filter((i) => i.type === 'smask')).toHaveLength(4);
    // The same images again in another document: prepared once, copied in whole.
    const again = open(await renderCertificate(input));
    expect(images(again).filter((i) => i.type === 'image')).toHaveLength(4);
    // The background fills the page: its colour is in the corners (the page is white without).
    const corner = (file: PdfFile, x: number, y: number) => {
      const dir = tempDir();
      const at = ['-x', String(x), '-y', String(y), '-W', '1', '-H', '1'];
      run('pdftoppm', ['-r', '20', '-singlefile', ...at, file.path, join(dir, 'corner')]);
      const ppm = readFileSync(join(dir, 'corner.ppm'));
      return [...ppm.subarray(ppm.length - 3)];
    };
    expect(corner(pdf, 1, 1)).toEqual([200, 220, 255]);
    expect(corner(pdf, 230, 160)).toEqual([200, 220, 255]);
    expect(corner(open(plain), 1, 1)).toEqual([255, 255, 255]);
  });

  it('a long name shrinks to its box instead of overflowing', async () => {
    const claims = {
      ...sampleClaims('en'),
      fullNameLatin:
        'Abdulrahman bin Ahmed bin Abdulaziz Al-Qahtani Al-Dosari Al-Somali Al-Hashimi',
    };
    const box = el({
      id: 'n',
      kind: 'text',
      x: 20,
      y: 40,
      width: 80,
      height: 12,
      fontSize: 28,
      text: { en: '{{name}}' },
    });
    const pdf = open(
      await renderCertificate({
        design: design([box], { languageMode: 'en' }),
        claims,
        verificationUrl: 'x',
        assets: new Map(),
      }),
    );
    const mmToPt = (n: number) => (n * 72) / 25.4;
    const words = pdf.words(1);
    expect(words.map((w) => w.word).join(' ')).toBe(claims.fullNameLatin);
    for (const w of words) {
      expect(w.xMin).toBeGreaterThanOrEqual(mmToPt(20) - 1);
      expect(w.yMin).toBeGreaterThanOrEqual(mmToPt(40) - 1);
      expect(w.yMin).toBeLessThan(mmToPt(52));
    }
  });
});

describe('default design and sample claims', () => {
  it('the default design is a valid template input (the demo seeds it as it is)', () => {
    const design = defaultCertificateDesign();
    expect(certificateTemplateInputSchema.parse(design)).toEqual(design);
    expect(design.languageMode).toBe('ar_en');
    expect(design.elements.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['text', 'modules', 'signature', 'qr']),
    );
  });

  it.each(['ar', 'en', 'fr', 'ar_en'] as const)(
    'sample claims in %s are valid claims, in the languages of the mode only',
    (mode) => {
      const claims = sampleClaims(mode);
      expect(certificateClaimsSchema.parse(claims)).toEqual(claims);
      const langs = mode === 'ar_en' ? ['ar', 'en'] : [mode];
      expect(Object.keys(claims.eventTitle).sort()).toEqual(langs.sort());
      expect(claims.modules).toHaveLength(5);
      expect(claims.modules!.reduce((sum, m) => sum + m.hours, 0)).toBe(30);
    },
  );
});

describe('placeholders', () => {
  it('fills each language and leaves out a line whose placeholders are all empty', () => {
    const claims = { ...sampleClaims('ar_en'), hours: null };
    expect(fillPlaceholders('{{name}}\n{{hours}} hours', claims, 'en')).toBe(
      'Mohamed Abdullahi Nur',
    );
    expect(fillPlaceholders('{{name}}', claims, 'ar')).toBe('محمد عبدالله نور');
    expect(fillPlaceholders('{{nameLatin}} / {{nameAr}}', claims, 'ar')).toBe(
      'Mohamed Abdullahi Nur / محمد عبدالله نور',
    );
    expect(fillPlaceholders('{{dates}}', claims, 'ar')).toBe(
      `12–16 يناير 2020 (${formatHijriDateRange('2020-01-12', '2020-01-16')})`,
    );
    expect(fillPlaceholders('{{dates}}', claims, 'en')).not.toMatch(/[\u0600-\u06ff]/);
    expect(fillPlaceholders('{{issuedOn}}', claims, 'ar')).toMatch(/يناير 2020 \(.*١٤٤١ هـ\)$/);
    expect(fillPlaceholders('{{unknown}} stays', claims, 'en')).toBe('{{unknown}} stays');
  });

  it('placeholdersUsed tells what the claims must carry', () => {
    const used = placeholdersUsed(defaultCertificateDesign());
    for (const p of [
      'name',
      'event',
      'dates',
      'hours',
      'venue',
      'institution',
      'serial',
      'issuedOn',
      'modules',
      'qr',
      'signature',
    ])
      expect(used.has(p as never)).toBe(true);
    const bare = placeholdersUsed(
      design([el({ id: 't', kind: 'text', text: { ar: '{{name}}', en: '{{venue}}' } })]),
    );
    // An Arabic design does not print its English text.
    expect([...bare].sort()).toEqual(['name', 'text']);
  });
});

describe('certificate token', () => {
  const claims = { ...sampleClaims('ar_en'), kid: KID };

  it('is JCS claims signed with Ed25519: openssl verifies it with the public key alone, and refuses one changed byte', () => {
    const token = encodeCertificateToken(claims, signer);
    const [prefix, payload, signature] = token.split('.');
    expect(prefix).toBe('MQC1');
    expect(Buffer.from(payload, 'base64url').toString('utf8')).toBe(canonicalize(claims));
    expect(parseCertificateToken(token)?.claims).toEqual(claims);
    const good = opensslVerifies(payload, Buffer.from(signature, 'base64url'));
    expect(good.stdout).toContain('Signature Verified Successfully');
    expect(good.status).toBe(0);
    const flipped = Buffer.from(payload, 'ascii');
    flipped[10] = flipped[10] === 0x41 ? 0x42 : 0x41;
    const bad = opensslVerifies(flipped, Buffer.from(signature, 'base64url'));
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toMatch(/Signature Verification Failure/);
  });

  it('verifies against the key the claims name, and says why not', () => {
    const token = encodeCertificateToken(claims, signer);
    const lookup = (kid: string) => (kid === KID ? keys.publicKey : undefined);
    expect(verifyCertificateToken(token, lookup)).toMatchObject({ valid: true });
    const other = generateKeyPairSync('ed25519');
    expect(verifyCertificateToken(token, () => other.publicKey)).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
    expect(verifyCertificateToken(token, () => undefined)).toEqual({
      valid: false,
      reason: 'unknown_key',
    });
    const [p, payload, s] = token.split('.');
    const changed = { ...claims, fullNameLatin: 'Someone Else' };
    const forged = `${p}.${Buffer.from(canonicalize(changed)!).toString('base64url')}.${s}`;
    expect(verifyCertificateToken(forged, lookup)).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
    expect(verifyCertificateToken(`${p}.${payload}`, lookup)).toEqual({
      valid: false,
      reason: 'malformed',
    });
    expect(() => encodeCertificateToken({ ...claims, kid: 'other' }, signer)).toThrow();
  });
});

describe('font subsets', () => {
  it.each(['arabic', 'latin'] as const)(
    'the %s subset file draws the same outlines with the same advances as the font',
    (script) => {
      const face = fontFamily('regular')[script];
      const font = face.fontkit as unknown as { createSubset(): unknown; numGlyphs: number };
      const subset = font.createSubset() as {
        includeGlyph(id: number): number;
        encode(): Uint8Array;
      };
      // Every 7th glyph: letters, ligatures, marks, composites among them.
      const ids = Array.from({ length: 120 }, (_, i) => 1 + i * 7).filter(
        (id) => id < font.numGlyphs,
      );
      ids.forEach((id) => subset.includeGlyph(id));
      fastSubset(subset, face.fontkit, face.file);
      const parsed = fontkit.create(Buffer.from(subset.encode())) as fontkit.Font;
      expect(parsed.numGlyphs).toBeGreaterThanOrEqual(ids.length + 1);
      ids.forEach((id, i) => {
        const original = face.fontkit.getGlyph(id);
        const copy = parsed.getGlyph(i + 1);
        expect(copy.path.toSVG()).toBe(original.path.toSVG());
        expect(copy.advanceWidth).toBe(original.advanceWidth);
      });
    },
  );
});
