// Queries on the unanswered-questions log that content owners work through.
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { unansweredQuestions } from './schema.ts';

export type UnansweredRow = typeof unansweredQuestions.$inferSelect;
export type UnansweredStatus = UnansweredRow['status'];

export interface NewUnanswered {
  botId: string;
  /** Already redacted. */
  text: string;
  lang: string;
  topIntent: string | null;
  confidence: number | null;
}

export function insertUnanswered(db: Db, question: NewUnanswered, now: number): void {
  db.insert(unansweredQuestions)
    .values({ ...question, createdAt: now })
    .run();
}

/** Newest first; `status` undefined lists every status. */
export function listUnanswered(
  db: Db,
  botId: string,
  status: UnansweredStatus | undefined,
  limit: number,
): UnansweredRow[] {
  const where: SQL[] = [eq(unansweredQuestions.botId, botId)];
  if (status) where.push(eq(unansweredQuestions.status, status));
  return db
    .select()
    .from(unansweredQuestions)
    .where(and(...where))
    .orderBy(desc(unansweredQuestions.createdAt), desc(unansweredQuestions.id))
    .limit(limit)
    .all();
}

export function getUnanswered(db: Db, botId: string, id: number): UnansweredRow | undefined {
  return db
    .select()
    .from(unansweredQuestions)
    .where(and(eq(unansweredQuestions.id, id), eq(unansweredQuestions.botId, botId)))
    .get();
}

export function setUnansweredStatus(db: Db, id: number, status: UnansweredStatus, intentId: string | null): void {
  db.update(unansweredQuestions).set({ status, intentId }).where(eq(unansweredQuestions.id, id)).run();
}
