// Queries on the training examples content owners added through the admin API.
import { asc, eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { addedExamples } from './schema.ts';

export type AddedExampleRow = typeof addedExamples.$inferSelect;

export interface NewAddedExample {
  botId: string;
  intentId: string;
  text: string;
  lang: string;
  questionId: number | null;
}

/** Adds the example; the same text for the same intent is kept once. Returns false for a repeat. */
export function insertAddedExample(db: Db, example: NewAddedExample, now: number): boolean {
  return (
    db
      .insert(addedExamples)
      .values({ ...example, createdAt: now })
      .onConflictDoNothing()
      .run().changes > 0
  );
}

/** A bot's added examples in the order they were added. */
export function listAddedExamples(db: Db, botId: string): AddedExampleRow[] {
  return db.select().from(addedExamples).where(eq(addedExamples.botId, botId)).orderBy(asc(addedExamples.id)).all();
}
