// The session cookie: the random session token, HMAC-signed with IDEAS_SESSION_SECRET, httpOnly,
// SameSite=Lax, Secure on https, living as long as the session.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { IdeasConfig } from '../config.ts';
import { SESSION_COOKIE } from './session-token.ts';
import { signValue, verifySignedValue } from './signed-value.ts';

type CookieConfig = Pick<IdeasConfig, 'sessionSecret' | 'publicUrl' | 'sessionHours'>;

export function setSessionCookie(c: Context, config: CookieConfig, token: string): void {
  setCookie(c, SESSION_COOKIE, signValue(token, config.sessionSecret), {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: config.publicUrl.startsWith('https:'),
    maxAge: config.sessionHours * 3600,
  });
}

/** The session token when the cookie is there and its signature holds; otherwise undefined. */
export function readSessionToken(c: Context, secret: string): string | undefined {
  const raw = getCookie(c, SESSION_COOKIE);
  if (!raw || raw.length > 300) return undefined;
  return verifySignedValue(raw, secret);
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
