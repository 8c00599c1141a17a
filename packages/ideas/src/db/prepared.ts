// A per-connection cache of prepared statements for the hand-written SQL of the hot paths.
import type Database from 'better-sqlite3';
import type { Db } from './client.ts';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The prepared statement for `sql` on this connection, compiled once. */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db.$client);
  if (!cache) {
    cache = new Map();
    caches.set(db.$client, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.$client.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
