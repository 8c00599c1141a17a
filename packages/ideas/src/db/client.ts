// Opens the ideas database and brings its schema up to date with the committed migrations.
import { fileURLToPath } from 'node:url';
import { openSqlite } from '@pulputtamo/shared/server';
import type Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { indexStems, STEMS_VERSION } from './index-stems.ts';
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
  reindexStemsIfStale(client);
  return db;
}

/**
 * Rewrites the full-text index when the stemming changed since it was built (`user_version`
 * remembers which STEMS_VERSION built it), so search never mixes old and new stems.
 */
function reindexStemsIfStale(client: Database.Database): void {
  const built = client.pragma('user_version', { simple: true }) as number;
  if (built === STEMS_VERSION) return;
  client.transaction(() => {
    client.exec(`INSERT INTO ideas_fts(ideas_fts) VALUES('delete-all');
      INSERT INTO ideas_fts(rowid, title, body, stems) SELECT id, title, body, ideas_stems(title, body) FROM ideas;`);
    client.pragma(`user_version = ${STEMS_VERSION}`);
  })();
}
