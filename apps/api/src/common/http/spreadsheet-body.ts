import express, { type NextFunction, type Request, type Response } from 'express';
import { sendProblem } from '../errors/problem.filter.js';
import { XLSX_TYPE } from './download.js';

/** What an import upload may be sent as. */
export const SPREADSHEET_TYPES = ['text/csv', XLSX_TYPE];

/** "10 MB": limits are named in messages the way people read file sizes. */
export function megabytes(bytes: number): string {
  return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Spreadsheets for imports arrive as the raw request body, up to `maxBytes`; a larger one is
 * refused (413) as soon as its Content-Length or its bytes pass the limit, naming the limit.
 */
export function spreadsheetBody(maxBytes: number) {
  const raw = express.raw({ type: SPREADSHEET_TYPES, limit: maxBytes });
  return (req: Request, res: Response, next: NextFunction) =>
    raw(req, res, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type === 'entity.too.large') {
        // The rest of the upload is not worth reading: answer and close.
        res.setHeader('Connection', 'close');
        sendProblem(req, res, {
          status: 413,
          code: 'import_too_large',
          params: { limit: megabytes(maxBytes) },
        });
        return;
      }
      next(error);
    });
}
