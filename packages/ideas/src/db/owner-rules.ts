// Queries on the owner bot's explicit rules (managed by admins).
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { ownerRules, users } from './schema.ts';

export type OwnerRuleRow = typeof ownerRules.$inferSelect;

export function listOwnerRules(db: Db): (OwnerRuleRow & { ownerName: string })[] {
  return db
    .select({ rule: ownerRules, ownerName: users.displayName })
    .from(ownerRules)
    .innerJoin(users, eq(users.id, ownerRules.ownerId))
    .orderBy(desc(ownerRules.priority), asc(ownerRules.id))
    .all()
    .map((r) => ({ ...r.rule, ownerName: r.ownerName }));
}

export function insertOwnerRule(
  db: Db,
  input: Omit<typeof ownerRules.$inferInsert, 'id' | 'createdAt'> & { now: number },
): number {
  const { now, ...values } = input;
  const [row] = db
    .insert(ownerRules)
    .values({ ...values, createdAt: now })
    .returning({ id: ownerRules.id })
    .all();
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export function deleteOwnerRule(db: Db, id: number): boolean {
  return db.delete(ownerRules).where(eq(ownerRules.id, id)).run().changes > 0;
}
