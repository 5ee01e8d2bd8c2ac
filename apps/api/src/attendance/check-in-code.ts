import { createHmac, timingSafeEqual } from 'node:crypto';

/** Letters and digits nobody confuses on a projector: no 0/O, 1/I/L. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CHECK_IN_PERIOD_SECONDS = 20;
export const CHECK_IN_CODE_LENGTH = 6;

export const windowOf = (at: Date) => Math.floor(at.getTime() / 1000 / CHECK_IN_PERIOD_SECONDS);

/** The code of a session for one time window: an HMAC, so it cannot be guessed ahead. */
export function checkInCode(secret: Buffer, sessionId: string, window: number): string {
  const mac = createHmac('sha256', secret).update(`${sessionId}:${window}`).digest();
  let code = '';
  for (let i = 0; i < CHECK_IN_CODE_LENGTH; i += 1) code += ALPHABET[mac[i] % ALPHABET.length];
  return code;
}

/** Typed codes are forgiving about case and spaces. */
export const normalizeCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');

/** The current window's code, or the previous one's (a grace for whoever was typing). */
export function codeMatches(secret: Buffer, sessionId: string, typed: string, at: Date): boolean {
  const given = Buffer.from(normalizeCode(typed));
  const now = windowOf(at);
  return [now, now - 1].some((window) => {
    const expected = Buffer.from(checkInCode(secret, sessionId, window));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
