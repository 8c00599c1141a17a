// A 400 problem about one named field of the request.
import { HttpError } from '@pulputtamo/shared';

/** Throws-ready 400 naming `path`, in the same shape as a schema validation failure. */
export function fieldError(path: string, message: string): HttpError {
  return new HttpError(400, `Invalid body: check ${path}.`, { code: 'validation', errors: [{ path, message }] });
}
