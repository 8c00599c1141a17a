// Anonymous per-day counters behind the content owners' statistics.
import { and, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { dailyCounts } from './schema.ts';

export type CountKind =
  | 'message'
  | 'intent'
  | 'fallback'
  | 'clarification'
  | 'helpful'
  | 'not_helpful'
  | 'handover'
  | 'contact_request'
  | 'live_chat';

export interface CountEvent {
  botId: string;
  /** `YYYY-MM-DD` in the City's time zone. */
  day: string;
  kind: CountKind;
  /** Intent id or handover target; '' when the kind has none. */
  key?: string;
  /** Usually 1; −1 takes back an earlier count (feedback changed its mind). */
  delta?: number;
}

/** Adds each event to its counter. */
export function addCounts(db: Db, events: readonly CountEvent[]): void {
  for (const e of events) {
    const delta = e.delta ?? 1;
    db.insert(dailyCounts)
      .values({ botId: e.botId, day: e.day, kind: e.kind, key: e.key ?? '', count: delta })
      .onConflictDoUpdate({
        target: [dailyCounts.botId, dailyCounts.day, dailyCounts.kind, dailyCounts.key],
        set: { count: sql`${dailyCounts.count} + ${delta}` },
      })
      .run();
  }
}

/** Totals per kind and key over the days from `from` to `to` (inclusive; open ends when null). */
export function sumCounts(
  db: Db,
  botId: string,
  from: string | null,
  to: string | null,
): { kind: string; key: string; count: number }[] {
  const where: SQL[] = [eq(dailyCounts.botId, botId)];
  if (from) where.push(gte(dailyCounts.day, from));
  if (to) where.push(lte(dailyCounts.day, to));
  return db
    .select({ kind: dailyCounts.kind, key: dailyCounts.key, count: sql<number>`sum(${dailyCounts.count})` })
    .from(dailyCounts)
    .where(and(...where))
    .groupBy(dailyCounts.kind, dailyCounts.key)
    .all();
}
