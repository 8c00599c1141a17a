// Sign-in routes: the dev login (dev mode only), logout and the current user.
import { devLoginSchema, HttpError } from '@pulputtamo/shared';
import { readJson } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { IdeasDeps, IdeasEnv } from '../app.ts';
import { requireUser } from '../auth/current-user.ts';
import { SESSION_COOKIE } from '../auth/session-token.ts';
import { devLogin, logout, toMe } from '../services/auth.ts';

export function authRoutes(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  app.post('/auth/dev/login', async (c) => {
    if (deps.config.authMode !== 'dev') throw new HttpError(404, 'The dev login is off.', { code: 'route-not-found' });
    const { token, me } = devLogin(deps, await readJson(c, devLoginSchema));
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: deps.config.publicUrl.startsWith('https:'),
      maxAge: deps.config.sessionHours * 3600,
    });
    return c.json(me);
  });
  app.post('/auth/logout', (c) => {
    logout(deps, getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  app.get('/api/me', (c) => c.json(toMe(requireUser(c))));
  return app;
}
