// Refuses request bodies over a size with a 413 problem, before anything reads them.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HttpError } from '../problem.ts';

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A declared Content-Length is checked directly (browsers declare `0` for a body-less PUT or POST).
 * Anything else (a chunked body, a request built in-process) is counted as it is read, by
 * hono/body-limit. Reads pass straight through: asking whether they have a body makes
 * @hono/node-server build a full web Request, which costs as much as a small request itself.
 */
export function bodySizeLimit(maxBytes: number): MiddlewareHandler {
  const tooLarge = (): never => {
    throw new HttpError(413, `The request body is larger than ${maxBytes / 1024} KiB.`, { code: 'body-too-large' });
  };
  const counted = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    if (WITHOUT_BODY.has(c.req.method)) return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number.parseInt(length, 10) > maxBytes) tooLarge();
      return next();
    }
    return counted(c, next);
  };
}
