// Queries on contact requests ("please contact me") left through a bot.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { contactRequests } from './schema.ts';

export type ContactRequestRow = typeof contactRequests.$inferSelect;
export type NewContactRequest = Omit<ContactRequestRow, 'id' | 'createdAt'>;

export function insertContactRequest(db: Db, request: NewContactRequest, now: number): number {
  return db
    .insert(contactRequests)
    .values({ ...request, createdAt: now })
    .returning({ id: contactRequests.id })
    .get().id;
}

/** A bot's contact requests, newest first. */
export function listContactRequests(db: Db, botId: string, limit: number): ContactRequestRow[] {
  return db
    .select()
    .from(contactRequests)
    .where(and(eq(contactRequests.botId, botId)))
    .orderBy(desc(contactRequests.createdAt), desc(contactRequests.id))
    .limit(limit)
    .all();
}
