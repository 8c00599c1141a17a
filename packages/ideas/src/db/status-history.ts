// Queries on the status history of ideas.
import type { IdeaStatus } from '@pulputtamo/shared';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { preparedQuery } from './prepared.ts';
import { statusHistory, users } from './schema.ts';

export type StatusHistoryRow = typeof statusHistory.$inferSelect;

export function insertStatusChange(
  db: Db,
  input: {
    ideaId: number;
    changedBy: number;
    from: IdeaStatus;
    to: IdeaStatus;
    response: string | null;
    mergedIntoId: number | null;
    now: number;
  },
): number {
  const [row] = db
    .insert(statusHistory)
    .values({
      ideaId: input.ideaId,
      changedBy: input.changedBy,
      fromStatus: input.from,
      toStatus: input.to,
      response: input.response,
      mergedIntoId: input.mergedIntoId,
      createdAt: input.now,
    })
    .returning({ id: statusHistory.id })
    .all();
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

const historyOfIdea = (db: Db) =>
  db
    .select({ h: statusHistory, name: users.displayName })
    .from(statusHistory)
    .leftJoin(users, eq(users.id, statusHistory.changedBy))
    .where(eq(statusHistory.ideaId, sql.placeholder('ideaId')))
    .orderBy(asc(statusHistory.id))
    .prepare();

/** The idea's status changes, oldest first, with who made them (read with every idea: prepared once). */
export function listStatusHistory(db: Db, ideaId: number): (StatusHistoryRow & { changedByName: string | null })[] {
  return preparedQuery(db, historyOfIdea)
    .all({ ideaId })
    .map((r) => ({ ...r.h, changedByName: r.name }));
}
