import { describe, expect, it } from 'vitest';
import { matchRoute } from './router';

describe('matchRoute', () => {
  it('knows the events pages and the certificate check', () => {
    expect(matchRoute('/e')).toEqual({ page: 'events' });
    expect(matchRoute('/e/abc/register')).toEqual({ page: 'register', id: 'abc' });
    expect(matchRoute('/verify')).toEqual({ page: 'verify-form' });
    expect(matchRoute('/verify/')).toEqual({ page: 'verify-form' });
    expect(matchRoute('/verify/MQ-2026-00001-R')).toEqual({
      page: 'verify',
      serial: 'MQ-2026-00001-R',
    });
    expect(matchRoute('/verify/MQ%202026')).toEqual({ page: 'verify', serial: 'MQ 2026' });
  });

  it('shows no page for other paths, or a broken escape', () => {
    expect(matchRoute('/verify/a/b')).toEqual({ page: 'none' });
    expect(matchRoute('/verify/%E0%A4%A')).toEqual({ page: 'none' });
    expect(matchRoute('/certificates')).toEqual({ page: 'none' });
  });
});
