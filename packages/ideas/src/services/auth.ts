// Sign-in rules: the dev login creates or updates a user and opens a session.
import type { DevLogin, Me } from '@pulputtamo/shared';
import type { CurrentUser } from '../auth/current-user.ts';
import { createSessionToken, hashSessionToken } from '../auth/session-token.ts';
import { deleteSession, insertSession } from '../db/sessions.ts';
import { upsertUser } from '../db/users.ts';
import type { Deps } from './ideas.ts';

export const DEV_ISSUER = 'dev';

/** Signs in as `username` (created on first use); returns the session token for the cookie. */
export function devLogin(deps: Pick<Deps, 'db' | 'clock' | 'config'>, input: DevLogin): { token: string; me: Me } {
  return signIn(deps, {
    issuer: DEV_ISSUER,
    subject: input.username,
    displayName: input.displayName ?? input.username,
    email: input.email,
    orgUnit: input.orgUnit,
    role: input.role,
  });
}

/**
 * Creates or updates the user from what the identity provider (or the dev login) says, and opens
 * a session; returns the session token for the cookie.
 */
export function signIn(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  identity: Omit<Parameters<typeof upsertUser>[1], 'now'>,
): { token: string; me: Me } {
  const now = deps.clock();
  const user = upsertUser(deps.db, { ...identity, now });
  const token = createSessionToken();
  insertSession(deps.db, {
    id: hashSessionToken(token),
    userId: user.id,
    now,
    expiresAt: now + deps.config.sessionHours * 3600_000,
  });
  return { token, me: toMe(user) };
}

export function logout(deps: Pick<Deps, 'db'>, token: string | undefined): void {
  if (token) deleteSession(deps.db, hashSessionToken(token));
}

export function toMe(user: CurrentUser): Me {
  return { id: user.id, displayName: user.displayName, email: user.email, orgUnit: user.orgUnit, role: user.role };
}
