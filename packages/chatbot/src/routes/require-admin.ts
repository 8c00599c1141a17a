// Guards the admin API with the bearer token from CHATBOT_ADMIN_TOKEN: without a token the admin
// API does not exist (404); a missing or wrong token is a 401. (Staff OIDC sign-in comes later.)
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from '@pulputtamo/shared';
import type { MiddlewareHandler } from 'hono';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireAdmin(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : undefined;
  return async (c, next) => {
    if (!expected) {
      throw new HttpError(404, `No route for ${c.req.method} ${c.req.path}.`, { code: 'route-not-found' });
    }
    const given = c.req
      .header('authorization')
      ?.match(/^Bearer\s+(.+)$/i)?.[1]
      ?.trim();
    if (!given || !timingSafeEqual(digest(given), expected)) {
      throw new HttpError(401, 'The admin API needs "Authorization: Bearer <CHATBOT_ADMIN_TOKEN>".', {
        code: 'admin-token',
        headers: { 'www-authenticate': 'Bearer realm="chatbot-admin"' },
      });
    }
    await next();
  };
}
