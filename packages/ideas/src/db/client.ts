// Opens the ideas database and brings its schema up to date with the committed migrations.
import { fileURLToPath } from 'node:url';
import { openSqlite } from '@pulputtamo/shared/server';
import type Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { indexStems } from './index-stems.ts';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Registers the SQL functions the FTS triggers call (needed on every connection that writes ideas). */
export function registerSqlFunctions(client: Database.Database): void {
  client.function('ideas_stems', { deterministic: true }, (title: unknown, body: unknown) =>
    indexStems(`${String(title ?? '')} ${String(body ?? '')}`).join(' '),
  );
}

/** Opens `path` (`:memory:` for tests), applies pending migrations and returns the drizzle handle. */
export function openDb(path: string): Db {
  const client = openSqlite(path);
  registerSqlFunctions(client);
  const db = drizzle(client, { schema });
  migrate(db, { migrationsFolder });
  return db;
}
