// A cheap fingerprint of the database's contents, for caches of what reads render.
import type { Db } from './client.ts';
import { prepared } from './prepared.ts';

/**
 * Changes whenever anything in the database may have changed: `total_changes()` counts every row
 * this connection has inserted, updated or deleted (triggers included), and `data_version` moves
 * when another connection (a CLI, a second process) commits. Equal values mean nothing was written
 * in between, so anything rendered from the database then is still exact.
 */
export function databaseGeneration(db: Db): string {
  const [changes, version] = prepared(db, 'SELECT total_changes(), (SELECT data_version FROM pragma_data_version())')
    .raw()
    .get() as [number, number];
  return `${changes}:${version}`;
}
