// One log line per request, tagged with a request id that is also returned to the client.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

export type RequestIdVariables = { requestId: string };

const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Adopts a well-formed incoming `x-request-id` or makes one, and logs when the response is done. */
export function requestLogger(logger: Logger): MiddlewareHandler<{ Variables: RequestIdVariables }> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    // Set before the handler so the header travels with the response it creates (see securityHeaders).
    c.header('x-request-id', requestId);
    const started = performance.now();
    await next();
    const status = c.res.status;
    const line = {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) logger.error(line, 'request');
    else logger.info(line, 'request');
  };
}
