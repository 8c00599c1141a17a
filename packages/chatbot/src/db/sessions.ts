// Queries on conversation sessions: create, read, update the dialogue state, delete.
import { and, eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { sessions } from './schema.ts';

export type SessionRow = typeof sessions.$inferSelect;

/** What the dialogue remembers between messages. */
export interface SessionState {
  lang: string;
  recentIntents: string[];
  fallbackStreak: number;
  handoverTarget: string | null;
}

export function insertSession(db: Db, input: { id: string; botId: string; lang: string; now: number }): void {
  db.insert(sessions)
    .values({ id: input.id, botId: input.botId, lang: input.lang, createdAt: input.now, updatedAt: input.now })
    .run();
}

/** The session `id` of bot `botId`, or undefined (unknown, cleared, expired or another bot's). */
export function getSession(db: Db, botId: string, id: string): SessionRow | undefined {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), eq(sessions.botId, botId)))
    .get();
}

export function updateSessionState(db: Db, id: string, state: SessionState, now: number): void {
  db.update(sessions)
    .set({
      lang: state.lang,
      recentIntents: JSON.stringify(state.recentIntents),
      fallbackStreak: state.fallbackStreak,
      handoverTarget: state.handoverTarget,
      updatedAt: now,
    })
    .where(eq(sessions.id, id))
    .run();
}

/** Deletes the session and (by cascade) its messages; false when there was none. */
export function deleteSession(db: Db, botId: string, id: string): boolean {
  return (
    db
      .delete(sessions)
      .where(and(eq(sessions.id, id), eq(sessions.botId, botId)))
      .run().changes > 0
  );
}
