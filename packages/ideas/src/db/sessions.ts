// Queries on sign-in sessions (stored by the SHA-256 of their token).
import { eq, lte } from 'drizzle-orm';
import type { Db } from './client.ts';
import { prepared } from './prepared.ts';
import { sessions } from './schema.ts';
import type { UserRow } from './users.ts';

export function insertSession(db: Db, input: { id: string; userId: number; now: number; expiresAt: number }): void {
  db.insert(sessions)
    .values({ id: input.id, userId: input.userId, createdAt: input.now, expiresAt: input.expiresAt })
    .run();
}

/** The user of a live session, or undefined when the session is unknown or expired. */
export function findSessionUser(db: Db, id: string, now: number): SessionUser | undefined {
  // Runs on every request: a statement prepared once per connection.
  return prepared(
    db,
    `SELECT u.id, u.display_name AS displayName, u.email, u.org_unit AS orgUnit, u.role
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = ? AND s.expires_at > ?`,
  ).get(id, now) as SessionUser | undefined;
}

/** What a request needs to know of its signed-in user. */
export type SessionUser = Pick<UserRow, 'id' | 'displayName' | 'email' | 'orgUnit' | 'role'>;

export function deleteSession(db: Db, id: string): void {
  db.delete(sessions).where(eq(sessions.id, id)).run();
}

export function deleteExpiredSessions(db: Db, now: number): number {
  return db.delete(sessions).where(lte(sessions.expiresAt, now)).run().changes;
}
