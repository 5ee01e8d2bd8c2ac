import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { createLogger, httpLogger } from './logger.js';

describe('request log', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('keeps the path of a personal evaluation link without its token', async () => {
    const lines: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const log = httpLogger(createLogger('info'));
    const server = createServer((req, res) => log(req, res, () => res.end('ok')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const token = 'Zm9yLXRlc3RzLW9ubHktbm90LWEtcmVhbC10b2tlbi0x';
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/api/public/evaluations/${token}/responses`);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const output = lines.join('');
    expect(output).toContain('/api/public/evaluations/[redacted]/responses');
    expect(output).not.toContain(token);
  });
});
