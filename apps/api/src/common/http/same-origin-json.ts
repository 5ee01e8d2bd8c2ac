import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { sendProblem } from '../errors/problem.filter.js';

export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface SameOriginJsonOptions {
  sessionCookie: string;
  /** The address people reach the app at (PUBLIC_URL), when a proxy changes the Host header. */
  publicUrl?: string;
  /** Paths that take a raw upload, and the media types they take besides JSON. */
  uploads: { paths: RegExp[]; types: string[] };
}

/**
 * A browser lets any page post an HTML form (url-encoded, multipart, text/plain) to us with the
 * visitor's cookie. So API writes take JSON only (a cross-site page cannot send that without our
 * consent), and writes that carry the session cookie must come from our own origin.
 */
export function sameOriginJsonWrites(options: SameOriginJsonOptions) {
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : undefined;
  return (req: Request, res: Response, next: NextFunction) => {
    if (!WRITE_METHODS.has(req.method)) return next();
    const mediaType = req.get('content-type')?.split(';')[0].trim().toLowerCase();
    const hasBody =
      mediaType !== undefined ||
      req.get('transfer-encoding') !== undefined ||
      Number(req.get('content-length') ?? 0) > 0;
    if (hasBody) {
      const upload = options.uploads.paths.some((path) => path.test(req.path));
      const accepted = upload
        ? ['application/json', ...options.uploads.types]
        : ['application/json'];
      if (!mediaType || !accepted.includes(mediaType)) {
        return sendProblem(req, res, {
          status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          code: 'unsupported_media_type',
        });
      }
    }
    const cookies = req.cookies as Record<string, string> | undefined;
    if (cookies?.[options.sessionCookie] && !fromOwnOrigin(req, publicOrigin)) {
      return sendProblem(req, res, { status: HttpStatus.FORBIDDEN, code: 'cross_origin_refused' });
    }
    next();
  };
}

function fromOwnOrigin(req: Request, publicOrigin: string | undefined): boolean {
  // Browsers set Sec-Fetch-Site themselves and pages cannot forge it; `none` is the user's own
  // action (a typed address, a bookmark). A sibling subdomain is `same-site`, and refused.
  const site = req.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = req.get('origin');
  if (!origin) return false;
  return origin === publicOrigin || origin === `${req.protocol}://${req.get('host')}`;
}
