// The session cookie: the random session token, HMAC-signed with IDEAS_SESSION_SECRET, httpOnly,
// SameSite=Lax, Secure on https, living as long as the session.
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { IdeasConfig } from '../config.ts';
import { SESSION_COOKIE } from './session-token.ts';

type CookieConfig = Pick<IdeasConfig, 'sessionSecret' | 'publicUrl' | 'sessionHours'>;

export async function setSessionCookie(c: Context, config: CookieConfig, token: string): Promise<void> {
  await setSignedCookie(c, SESSION_COOKIE, token, config.sessionSecret, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: config.publicUrl.startsWith('https:'),
    maxAge: config.sessionHours * 3600,
  });
}

/** The session token when the cookie is there and its signature holds; otherwise undefined. */
export async function readSessionToken(c: Context, secret: string): Promise<string | undefined> {
  const raw = c.req.header('cookie');
  if (!raw || raw.length > 8192) return undefined;
  const token = await getSignedCookie(c, secret, SESSION_COOKIE);
  return typeof token === 'string' && token.length > 0 && token.length <= 200 ? token : undefined;
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
