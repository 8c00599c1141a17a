// Middleware that resolves the signed-in user from the session cookie, and the role checks routes use.
import { HttpError } from '@pulputtamo/shared';
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db/client.ts';
import { findSessionUser } from '../db/sessions.ts';
import type { UserRow } from '../db/users.ts';
import { readSessionToken } from './session-cookie.ts';
import { hashSessionToken } from './session-token.ts';

export type CurrentUser = Pick<UserRow, 'id' | 'displayName' | 'email' | 'orgUnit' | 'role'>;
export type CurrentUserVariables = { user: CurrentUser | null };

/** Sets `c.var.user` to the session's user or null; never rejects by itself. */
export function currentUser(
  db: Db,
  clock: () => number,
  secret: string,
): MiddlewareHandler<{ Variables: CurrentUserVariables }> {
  return async (c, next) => {
    const token = readSessionToken(c, secret);
    const user = token ? findSessionUser(db, hashSessionToken(token), clock()) : undefined;
    c.set('user', user ?? null);
    await next();
  };
}

/** Any request context that went through currentUser(). */
export type UserContext = { var: Readonly<CurrentUserVariables> };

/** The signed-in user, or a 401 problem. */
export function requireUser(c: UserContext): CurrentUser {
  const user = c.var.user;
  if (!user) throw new HttpError(401, 'Sign in first.', { code: 'unauthenticated' });
  return user;
}

/** The signed-in user when their role is one of `roles`, else a 403 problem. */
export function requireRole(c: UserContext, ...roles: CurrentUser['role'][]): CurrentUser {
  const user = requireUser(c);
  if (!roles.includes(user.role)) {
    throw new HttpError(403, `This needs the role ${roles.join(' or ')}.`, { code: 'forbidden' });
  }
  return user;
}
