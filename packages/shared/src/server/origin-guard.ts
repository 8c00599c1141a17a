// CSRF protection for cookie-authenticated mutations: a state-changing request that a browser marks
// as coming from another site is refused unless its origin is one the deployment trusts.
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../problem.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Browsers send `Origin` (and `Sec-Fetch-Site`) with every cross-origin POST, PUT, PATCH and DELETE,
 * so a forged request from another site always carries a foreign origin and is refused here.
 * Requests with neither header come from programs, not browsers, and cannot ride on a visitor's
 * cookie. `allowedOrigins` are the service's own public origin and the embedding sites.
 */
export function originGuard(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins.map((o) => new URL(o).origin));
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const ownOrigin = new URL(c.req.url).origin;
      const trusted = origin !== undefined && (origin === ownOrigin || allowed.has(origin));
      const foreign =
        (origin !== undefined && !trusted) || (origin === undefined && (site === 'cross-site' || site === 'same-site'));
      if (foreign) {
        throw new HttpError(403, 'This request comes from a site that may not act on your behalf.', {
          code: 'cross-site-request',
        });
      }
    }
    await next();
  };
}
