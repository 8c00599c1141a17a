// Queries on categories (the City's service areas and their services).
import { asc, eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { categories, users } from './schema.ts';

export type CategoryRow = typeof categories.$inferSelect;

export function listCategories(db: Db): (CategoryRow & { defaultOwnerName: string | null })[] {
  return db
    .select({ category: categories, ownerName: users.displayName })
    .from(categories)
    .leftJoin(users, eq(users.id, categories.defaultOwnerId))
    .orderBy(asc(categories.position), asc(categories.id))
    .all()
    .map((r) => ({ ...r.category, defaultOwnerName: r.ownerName }));
}

export function findCategory(db: Db, id: number): CategoryRow | undefined {
  return db.select().from(categories).where(eq(categories.id, id)).get();
}

export function updateCategoryRow(db: Db, id: number, set: Partial<Pick<CategoryRow, 'defaultOwnerId' | 'adminId'>>) {
  db.update(categories).set(set).where(eq(categories.id, id)).run();
}
