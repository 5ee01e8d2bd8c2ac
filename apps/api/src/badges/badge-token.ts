import { BADGE_TOKEN_PREFIX, type BadgeTokenPayload } from '@multaqa/contract';
import type { Signer } from '../signing/signing.service.js';

/** MQB1.payload.signature as `packages/contract/src/badges.ts` documents it. */
export function encodeBadgeToken(payload: BadgeTokenPayload, signer: Signer): string {
  const text = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = signer.sign(Buffer.from(text, 'ascii')).toString('base64url');
  return `${BADGE_TOKEN_PREFIX}.${text}.${signature}`;
}
