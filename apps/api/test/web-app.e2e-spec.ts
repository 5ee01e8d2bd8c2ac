import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The built web app as the server sends it: precompressed files, caching, the SPA fallback. */
describe('web app files', () => {
  let t: TestApp;
  let dist: string;
  const script = `console.log(${JSON.stringify('ملتقى '.repeat(500))});\n`;
  const compressed = { br: brotliCompressSync(script), gz: gzipSync(script) };

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'multaqa-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><head></head><body><div id="root"></div></body></html>',
    );
    writeFileSync(join(dist, 'assets/main-abc123.js'), script);
    writeFileSync(join(dist, 'assets/main-abc123.js.br'), compressed.br);
    writeFileSync(join(dist, 'assets/main-abc123.js.gz'), compressed.gz);
    writeFileSync(
      join(dist, 'preload.json'),
      JSON.stringify({
        languages: { ar: ['/assets/ar-1.js'], en: ['/assets/en-1.js'], fr: ['/assets/fr-1.js'] },
        routes: [{ pattern: '^/e/[^/]+/register/?$', files: ['/assets/register-page-1.js'] }],
      }),
    );
    t = await createTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (path: string, acceptEncoding: string) =>
    t
      .http()
      .get(path)
      .set('Accept-Encoding', acceptEncoding)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('sends the brotli copy to a browser that accepts it, cached for a year', async () => {
    const res = await get('/assets/main-abc123.js', 'gzip, deflate, br, zstd').expect(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(compressed.br.length);
  });

  it('sends gzip to a client without brotli, and the file itself to one without either', async () => {
    const gz = await get('/assets/main-abc123.js', 'gzip').expect(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(Number(gz.headers['content-length'])).toBe(compressed.gz.length);
    const plain = await get('/assets/main-abc123.js', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(script));
  });

  it('answers a missing asset with 404 and any page path with index.html, revalidated', async () => {
    await get('/assets/gone-000.js', 'br').expect(404);
    const page = await get('/e/some-event/register', 'br').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('lists a public page’s code and strings in its HTML, in the browser’s language', async () => {
    const page = await get('/e/some-event/register', 'br')
      .set('Accept-Language', 'de-DE,fr;q=0.9,ar;q=0.8')
      .expect(200);
    const html = page.body.toString();
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/fr-1.js">');
    expect(html).toContain('href="/assets/register-page-1.js"');
    expect(html).not.toContain('/assets/ar-1.js');
    expect(page.headers['vary']).toMatch(/Accept-Language/);
    const other = (await get('/sign-in', 'br').expect(200)).body.toString();
    expect(other).not.toContain('modulepreload');
  });
});
