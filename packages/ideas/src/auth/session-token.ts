// Session tokens: random for the cookie, hashed for the database.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'pulputtamo_session';

export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The database key of a token, so a leaked database does not leak live sessions. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
