// Queries on owner assignments: who owns an idea, chosen by the bot or a person, and why.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from './client.ts';
import { assignments, ideas } from './schema.ts';

export type AssignmentRow = typeof assignments.$inferSelect;

export function insertAssignment(
  db: Db,
  input: {
    ideaId: number;
    ownerId: number;
    assignedBy: 'bot' | 'person';
    assignedByUserId: number | null;
    ruleId: number | null;
    reason: unknown;
    confidence: number | null;
    confirmed: boolean;
    now: number;
  },
): number {
  const [row] = db
    .insert(assignments)
    .values({
      ideaId: input.ideaId,
      ownerId: input.ownerId,
      assignedBy: input.assignedBy,
      assignedByUserId: input.assignedByUserId,
      ruleId: input.ruleId,
      reasonJson: JSON.stringify(input.reason),
      confidence: input.confidence,
      confirmed: input.confirmed,
      createdAt: input.now,
    })
    .returning({ id: assignments.id })
    .all();
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export function findCurrentAssignment(db: Db, ideaId: number): AssignmentRow | undefined {
  return db.select().from(assignments).where(eq(assignments.ideaId, ideaId)).orderBy(desc(assignments.id)).get();
}

export function confirmAssignment(db: Db, id: number): void {
  db.update(assignments).set({ confirmed: true }).where(eq(assignments.id, id)).run();
}

/** The latest confirmed assignment of every idea still owned by that person: the owner bot's evidence. */
export function listConfirmedEvidence(
  db: Db,
): { ideaId: number; ownerId: number; title: string; body: string; categoryId: number | null }[] {
  return db
    .select({
      ideaId: ideas.id,
      ownerId: assignments.ownerId,
      title: ideas.title,
      body: ideas.body,
      categoryId: ideas.categoryId,
    })
    .from(assignments)
    .innerJoin(ideas, and(eq(ideas.id, assignments.ideaId), eq(ideas.ownerId, assignments.ownerId)))
    .where(and(eq(assignments.confirmed, true), isNull(ideas.deletedAt)))
    .orderBy(assignments.id)
    .all();
}
