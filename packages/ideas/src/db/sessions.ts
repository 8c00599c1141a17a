// Queries on sign-in sessions (stored by the SHA-256 of their token).
import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from './client.ts';
import { sessions, users } from './schema.ts';
import type { UserRow } from './users.ts';

export function insertSession(db: Db, input: { id: string; userId: number; now: number; expiresAt: number }): void {
  db.insert(sessions)
    .values({ id: input.id, userId: input.userId, createdAt: input.now, expiresAt: input.expiresAt })
    .run();
}

/** The user of a live session, or undefined when the session is unknown or expired. */
export function findSessionUser(db: Db, id: string, now: number): UserRow | undefined {
  const row = db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)))
    .get();
  return row?.user;
}

export function deleteSession(db: Db, id: string): void {
  db.delete(sessions).where(eq(sessions.id, id)).run();
}

export function deleteExpiredSessions(db: Db, now: number): number {
  return db.delete(sessions).where(lte(sessions.expiresAt, now)).run().changes;
}
