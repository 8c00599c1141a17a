// Reads and validates a JSON request body; every way it can be wrong becomes a 4xx problem.
import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpError, validationError } from '../problem.ts';

/** Parses the body as JSON and validates it with `schema`. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new HttpError(415, 'Send the body as JSON with Content-Type: application/json.', {
      code: 'unsupported-media-type',
    });
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch (err) {
    if (err instanceof HttpError) throw err;
    throw new HttpError(400, 'The request body is not valid JSON.', { code: 'invalid-json' });
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw validationError(result.error, 'body');
  return result.data;
}

/** Validates query parameters (a plain record of strings) with `schema`. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw validationError(result.error, 'query');
  return result.data;
}

/** Validates path parameters with `schema`. */
export function readParams<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.param());
  if (!result.success) throw validationError(result.error, 'path');
  return result.data;
}
