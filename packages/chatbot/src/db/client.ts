// Opens the chatbot database and brings its schema up to date with the committed migrations.
import { fileURLToPath } from 'node:url';
import { openSqlite } from '@pulputtamo/shared/server';
import type Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens `path` (`:memory:` for tests), applies pending migrations and returns the drizzle handle. */
export function openDb(path: string): Db {
  const db = drizzle(openSqlite(path), { schema });
  migrate(db, { migrationsFolder });
  return db;
}
