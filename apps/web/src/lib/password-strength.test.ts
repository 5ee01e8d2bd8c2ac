import { describe, expect, it } from 'vitest';
import { loadPasswordEstimator } from './password-strength';

describe('password strength', () => {
  it('scores common passwords low and long unrelated phrases high, like the API', async () => {
    const estimate = await loadPasswordEstimator();
    expect(estimate('password1234', [])).toBeLessThan(3);
    expect(estimate('qwertyuiop12', [])).toBeLessThan(3);
    expect(estimate('a-brand-new-password', [])).toBeGreaterThanOrEqual(3);
    // The person's own name counts against a password built from it.
    expect(estimate('zorbatek.quillmane', ['Zorbatek Quillmane'])).toBeLessThan(
      estimate('zorbatek.quillmane', []),
    );
  });
});
