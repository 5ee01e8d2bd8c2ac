import type { User } from '@multaqa/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const doorStaff = {
  id: '7b0c1a52-6f7e-4a39-9d1b-0f3d2b1c5e01',
  email: 'door@example.org',
  fullName: 'Door Staff',
  roles: ['door_staff'],
  preferredLanguage: 'ar',
} as unknown as User;
const participant = { ...doorStaff, roles: ['participant'] } as unknown as User;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

/** lib/session with the API answering `answers` in turn (an Error: the network is gone). */
async function sessionWith(...answers: (Response | Error)[]) {
  const fetch = vi.fn(async () => {
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  });
  vi.stubGlobal('fetch', fetch);
  // openapi-fetch resolves its relative URLs against the page.
  vi.stubGlobal(
    'Request',
    class extends Request {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        super(typeof input === 'string' ? new URL(input, 'http://localhost/') : input, init);
      }
    },
  );
  vi.resetModules();
  return { ...(await import('./session')), fetch };
}

describe('fetchMe with no network', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('gives back the staff member last signed in on this device, so the scanner reloads offline', async () => {
    const { fetchMe, fetch } = await sessionWith(
      json(200, doorStaff),
      new TypeError('Failed to fetch'),
    );
    expect(await fetchMe()).toEqual(doorStaff);
    expect(await fetchMe()).toEqual(doorStaff);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps no participant on the device', async () => {
    const { fetchMe } = await sessionWith(json(200, participant), new TypeError('Failed to fetch'));
    expect(await fetchMe()).toEqual(participant);
    await expect(fetchMe()).rejects.toThrow(TypeError);
  });

  it('forgets the staff member once the API says the session is gone, and on sign-out', async () => {
    const { fetchMe, forgetScanningUser } = await sessionWith(
      json(200, doorStaff),
      json(401, { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthorized' }),
      new TypeError('Failed to fetch'),
      json(200, doorStaff),
      new TypeError('Failed to fetch'),
    );
    await fetchMe();
    expect(await fetchMe()).toBeNull();
    await expect(fetchMe()).rejects.toThrow(TypeError);
    await fetchMe();
    forgetScanningUser();
    await expect(fetchMe()).rejects.toThrow(TypeError);
  });

  it('does not hide a server error behind the kept user', async () => {
    const { fetchMe } = await sessionWith(
      json(200, doorStaff),
      json(500, { type: 'about:blank', title: 'Error', status: 500, code: 'internal' }),
    );
    await fetchMe();
    await expect(fetchMe()).rejects.not.toThrow(TypeError);
  });
});
