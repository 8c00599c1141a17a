// Hono handlers that turn every failure into application/problem+json, one shape for all.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { HttpError, PROBLEM_CONTENT_TYPE, type Problem, statusTitle, validationError } from '../problem.ts';

/** Writes a problem response with the right content type. */
export function problemResponse(c: Context, problem: Problem, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(problem), problem.status as 400, {
    ...headers,
    'content-type': PROBLEM_CONTENT_TYPE,
  });
}

/**
 * Maps HttpError and ZodError to their problems; anything else is logged and
 * answered with a 500 that leaks nothing of the message.
 */
export function createErrorHandler(logger: Logger): ErrorHandler {
  return (err, c) => {
    if (err instanceof HttpError) return problemResponse(c, err.toProblem(), err.headers);
    if (err instanceof ZodError) return problemResponse(c, validationError(err).toProblem());
    // Hono's own HTTPException (e.g. from body-limit middleware) carries a client status.
    const status = (err as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return problemResponse(c, new HttpError(status, err.message || statusTitle(status)).toProblem());
    }
    const requestId = c.get('requestId' as never) as string | undefined;
    logger.error({ err, requestId }, 'unhandled error');
    return problemResponse(c, {
      type: '/problems/internal',
      title: statusTitle(500),
      status: 500,
      detail: `Something went wrong on our side. Quote request id ${requestId ?? 'unknown'} if you report it.`,
    });
  };
}

/** 404 for any route no sub-app answered. */
export const notFoundHandler: NotFoundHandler = (c) =>
  problemResponse(
    c,
    new HttpError(404, `No route for ${c.req.method} ${c.req.path}.`, { code: 'route-not-found' }).toProblem(),
  );
