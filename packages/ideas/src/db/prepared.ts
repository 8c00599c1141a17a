// Per-connection caches of compiled statements for the hot paths: hand-written SQL and drizzle
// queries, so a request neither rebuilds SQL text nor asks SQLite to compile it again.
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

const queryCaches = new WeakMap<Database.Database, Map<(db: Db) => unknown, unknown>>();

/**
 * The drizzle prepared query that `build` makes (with `sql.placeholder`s), built once per
 * connection. `build` must be a module-level function: its identity is the cache key.
 */
export function preparedQuery<T>(db: Db, build: (db: Db) => T): T {
  let cache = queryCaches.get(db.$client);
  if (!cache) {
    cache = new Map();
    queryCaches.set(db.$client, cache);
  }
  let query = cache.get(build) as T | undefined;
  if (query === undefined) {
    query = build(db);
    cache.set(build, query);
  }
  return query;
}
