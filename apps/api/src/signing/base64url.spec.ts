import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { base64UrlToBytes } from '@multaqa/contract';

describe('base64url (the signed tokens’ encoding)', () => {
  it('decodes what Node encodes, at every length', () => {
    for (let length = 0; length <= 70; length += 1) {
      const bytes = randomBytes(length);
      const text = bytes.toString('base64url');
      expect(Buffer.from(base64UrlToBytes(text)!)).toEqual(bytes);
    }
  });

  it('refuses what is not base64url', () => {
    for (const text of ['a', 'abcde', 'ab+c', 'ab/c', 'ab=c', 'abc=', 'ab c', 'abcé']) {
      expect(base64UrlToBytes(text)).toBeNull();
    }
  });
});
