// Queries on the notification outbox that the ideas service itself needs (the worker lives in notify/).
import type { Db } from './client.ts';
import { notificationOutbox } from './schema.ts';

/** Empties the outbox (used after seeding demo history, whose events must not be mailed). */
export function clearOutbox(db: Db): void {
  db.delete(notificationOutbox).run();
}
