// Queries on the stored trained models (one per bot, replaced on retraining).
import { eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { trainedModels } from './schema.ts';

/** The stored model of `botId` if it was trained from what `key` describes. */
export function getTrainedModel(db: Db, botId: string, key: string): string | undefined {
  const row = db.select().from(trainedModels).where(eq(trainedModels.botId, botId)).get();
  return row?.key === key ? row.model : undefined;
}

export function saveTrainedModel(db: Db, botId: string, key: string, model: string, now: number): void {
  db.insert(trainedModels)
    .values({ botId, key, model, createdAt: now })
    .onConflictDoUpdate({ target: trainedModels.botId, set: { key, model, createdAt: now } })
    .run();
}
