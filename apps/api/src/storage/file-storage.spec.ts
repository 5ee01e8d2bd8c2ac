import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import S3rver from 's3rver';
import type { FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';
import { fileStorageFor } from './storage.module.js';
import { validateEnv } from '../config/app-config.js';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** What every store must do, the same way: callers never know which one they have. */
function behavesAsAFileStore(name: string, open: () => FileStorage) {
  describe(name, () => {
    let store: FileStorage;
    beforeAll(() => {
      store = open();
    });

    it('keeps what is put, under nested keys, byte for byte', async () => {
      const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x80, ...Buffer.from('شهادة')]);
      await store.put('certificates/2026/MQ-2026-00042-K.pdf', pdf, 'application/pdf');
      expect(await store.exists('certificates/2026/MQ-2026-00042-K.pdf')).toBe(true);
      expect(await store.get('certificates/2026/MQ-2026-00042-K.pdf')).toEqual(pdf);
      const stream = await store.stream('certificates/2026/MQ-2026-00042-K.pdf');
      expect(await readAll(stream!)).toEqual(pdf);
    });

    it('replaces a file put again, and streams a large one whole', async () => {
      await store.put('big.bin', Buffer.from('first'), 'application/octet-stream');
      const big = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
      big[big.length - 1] = 1;
      await store.put('big.bin', big, 'application/octet-stream');
      const read = await readAll((await store.stream('big.bin'))!);
      // Buffer.equals: jest's deep equality walks 3 MB one byte at a time.
      expect(read.length).toBe(big.length);
      expect(read.equals(big)).toBe(true);
      expect((await store.get('big.bin'))!.equals(big)).toBe(true);
    });

    it('answers null and false for what is not there, and deletes twice without fuss', async () => {
      expect(await store.get('missing/file.pdf')).toBeNull();
      expect(await store.stream('missing/file.pdf')).toBeNull();
      expect(await store.exists('missing/file.pdf')).toBe(false);
      await store.put('gone.txt', Buffer.from('x'), 'text/plain');
      await store.delete('gone.txt');
      await store.delete('gone.txt');
      expect(await store.exists('gone.txt')).toBe(false);
      expect(await store.get('gone.txt')).toBeNull();
    });

    it('refuses keys that could leave its place', async () => {
      for (const key of ['../etc/passwd', '/abs.pdf', 'a/../b', 'a\\b', '']) {
        await expect(store.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(
          /Invalid storage key/,
        );
        await expect(store.get(key)).rejects.toThrow(/Invalid storage key/);
      }
    });
  });
}

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'multaqa-storage-'));
  dirs.push(dir);
  return dir;
};

let s3: S3rver;
let endpoint: string;
beforeAll(async () => {
  // A local S3-compatible server (s3rver), on the loopback only.
  s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: tempDir(),
    configureBuckets: [{ name: 'multaqa-files', configs: [] }],
  });
  const { port } = await s3.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await s3?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

behavesAsAFileStore('LocalFileStorage', () => new LocalFileStorage(tempDir()));
behavesAsAFileStore(
  'S3FileStorage (against s3rver)',
  () =>
    new S3FileStorage({
      endpoint,
      bucket: 'multaqa-files',
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
    }),
);

describe('S3FileStorage errors', () => {
  it('says so when the bucket does not exist, rather than pretending the file is missing', async () => {
    const store = new S3FileStorage({
      endpoint,
      bucket: 'no-such-bucket',
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
    });
    await expect(store.put('a.txt', Buffer.from('x'), 'text/plain')).rejects.toThrow(/bucket/i);
  });
});

describe('the configured store', () => {
  it('is S3 when S3_BUCKET is set, else the local folder', () => {
    const base = validateEnv({ STORAGE_DIR: tempDir() });
    expect(fileStorageFor(base)).toBeInstanceOf(LocalFileStorage);
    const s3Config = validateEnv({
      S3_ENDPOINT: endpoint,
      S3_BUCKET: 'multaqa-files',
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    });
    expect(fileStorageFor(s3Config)).toBeInstanceOf(S3FileStorage);
  });
});
