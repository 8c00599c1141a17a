// Runs work atomically on the service's one SQLite connection (nested calls become savepoints).
import type { Db } from './client.ts';

/** Runs `fn` in an IMMEDIATE transaction (a savepoint when already inside one) and returns its result. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  const tx = db.$client.transaction(fn);
  return db.$client.inTransaction ? tx() : tx.immediate();
}
