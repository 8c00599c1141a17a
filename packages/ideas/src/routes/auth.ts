// Sign-in routes: the dev login (dev mode only), logout and the current user.
import { devLoginSchema, HttpError } from '@pulputtamo/shared';
import { readJson } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import type { IdeasDeps, IdeasEnv } from '../app.ts';
import { requireUser } from '../auth/current-user.ts';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../auth/session-cookie.ts';
import { devLogin, logout, toMe } from '../services/auth.ts';

export function authRoutes(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  app.post('/auth/dev/login', async (c) => {
    if (deps.config.authMode !== 'dev') throw new HttpError(404, 'The dev login is off.', { code: 'route-not-found' });
    const { token, me } = devLogin(deps, await readJson(c, devLoginSchema));
    setSessionCookie(c, deps.config, token);
    return c.json(me);
  });
  app.post('/auth/logout', async (c) => {
    logout(deps, readSessionToken(c, deps.config.sessionSecret));
    clearSessionCookie(c);
    return c.body(null, 204);
  });
  app.get('/api/me', (c) => c.json(toMe(requireUser(c))));
  return app;
}
