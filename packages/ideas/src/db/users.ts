// Queries on staff members (users).
import { and, asc, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { preparedQuery } from './prepared.ts';
import { users } from './schema.ts';

export type UserRow = typeof users.$inferSelect;

/** Creates or updates the user signed in as (issuer, subject); fields left undefined are kept. */
export function upsertUser(
  db: Db,
  input: {
    issuer: string;
    subject: string;
    displayName: string;
    email?: string | null;
    orgUnit?: string | null;
    role?: UserRow['role'];
    now: number;
  },
): UserRow {
  const set: Partial<UserRow> = { displayName: input.displayName };
  if (input.email !== undefined) set.email = input.email;
  if (input.orgUnit !== undefined) set.orgUnit = input.orgUnit;
  if (input.role !== undefined) set.role = input.role;
  const [row] = db
    .insert(users)
    .values({
      issuer: input.issuer,
      subject: input.subject,
      displayName: input.displayName,
      email: input.email ?? null,
      orgUnit: input.orgUnit ?? null,
      role: input.role ?? 'staff',
      createdAt: input.now,
    })
    .onConflictDoUpdate({ target: [users.issuer, users.subject], set })
    .returning()
    .all();
  if (!row) throw new Error('upsert returned no row');
  return row;
}

const userById = (db: Db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare();

export function findUser(db: Db, id: number): UserRow | undefined {
  return preparedQuery(db, userById).get({ id });
}

export function findUserBySubject(db: Db, issuer: string, subject: string): UserRow | undefined {
  return db
    .select()
    .from(users)
    .where(and(eq(users.issuer, issuer), eq(users.subject, subject)))
    .get();
}

export function findUsers(db: Db, ids: number[]): UserRow[] {
  if (ids.length === 0) return [];
  return db.select().from(users).where(inArray(users.id, ids)).all();
}

export function findUsersByRole(db: Db, role: UserRow['role']): UserRow[] {
  return db.select().from(users).where(eq(users.role, role)).all();
}

/** People whose name, email or org unit contains `q`, for picking an owner. */
export function searchUsers(db: Db, q: string | undefined, limit: number): UserRow[] {
  const pattern = `%${(q ?? '').replace(/[%_]/g, '')}%`;
  return db
    .select()
    .from(users)
    .where(or(like(users.displayName, pattern), like(users.email, pattern), like(users.orgUnit, pattern)))
    .orderBy(asc(users.displayName))
    .limit(limit)
    .all();
}
