// Queries on the messages of a session (user text arrives here already redacted).
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { messages } from './schema.ts';

export type MessageRow = typeof messages.$inferSelect;

export interface NewMessage {
  sessionId: string;
  role: 'user' | 'bot';
  text: string;
  intentId?: string | null;
  confidence?: number | null;
  fallback?: boolean;
}

/** Stores one message and returns its id. */
export function insertMessage(db: Db, message: NewMessage, now: number): number {
  const row = db
    .insert(messages)
    .values({ ...message, createdAt: now })
    .returning({ id: messages.id })
    .get();
  return row.id;
}

/** A bot message of the session, or undefined. */
export function getBotMessage(db: Db, sessionId: string, id: number): MessageRow | undefined {
  return db
    .select()
    .from(messages)
    .where(and(eq(messages.id, id), eq(messages.sessionId, sessionId), eq(messages.role, 'bot')))
    .get();
}

export function setHelpful(db: Db, id: number, helpful: boolean): void {
  db.update(messages).set({ helpful }).where(eq(messages.id, id)).run();
}

/** The latest visitor message of the session, if any. */
export function getLastUserMessage(db: Db, sessionId: string): MessageRow | undefined {
  return db
    .select()
    .from(messages)
    .where(and(eq(messages.sessionId, sessionId), eq(messages.role, 'user')))
    .orderBy(desc(messages.id))
    .limit(1)
    .get();
}

/** The session's last `limit` messages, oldest first. */
export function listTranscript(db: Db, sessionId: string, limit: number): MessageRow[] {
  return db
    .select()
    .from(messages)
    .where(eq(messages.sessionId, sessionId))
    .orderBy(desc(messages.id))
    .limit(limit)
    .all()
    .sort((a, b) => a.id - b.id);
}

/** Every message of the session in order (tests and exports). */
export function listMessages(db: Db, sessionId: string): MessageRow[] {
  return db.select().from(messages).where(eq(messages.sessionId, sessionId)).orderBy(asc(messages.id)).all();
}
