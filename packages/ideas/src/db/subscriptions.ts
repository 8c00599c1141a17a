// Queries on idea subscriptions (who hears about comments and status changes).
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { prepared, preparedQuery } from './prepared.ts';
import { subscriptions, users } from './schema.ts';

export function subscribe(db: Db, userId: number, ideaId: number, now: number): void {
  prepared(db, 'INSERT OR IGNORE INTO subscriptions (user_id, idea_id, created_at) VALUES (?, ?, ?)').run(
    userId,
    ideaId,
    now,
  );
}

export function unsubscribe(db: Db, userId: number, ideaId: number): void {
  prepared(db, 'DELETE FROM subscriptions WHERE user_id = ? AND idea_id = ?').run(userId, ideaId);
}

/** Copies the subscribers of `fromId` to `toId` (used when merging duplicates). */
export function copySubscriptions(db: Db, fromId: number, toId: number, now: number): void {
  prepared(
    db,
    `INSERT OR IGNORE INTO subscriptions (user_id, idea_id, created_at)
     SELECT user_id, @to, @now FROM subscriptions WHERE idea_id = @from`,
  ).run({ from: fromId, to: toId, now });
}

const subscribersOf = (db: Db) =>
  db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(subscriptions)
    .innerJoin(users, eq(users.id, subscriptions.userId))
    .where(eq(subscriptions.ideaId, sql.placeholder('ideaId')))
    .prepare();

/** Who follows the idea (read on every comment and status change: prepared once). */
export function listSubscribers(db: Db, ideaId: number): { id: number; email: string | null; displayName: string }[] {
  return preparedQuery(db, subscribersOf).all({ ideaId });
}
