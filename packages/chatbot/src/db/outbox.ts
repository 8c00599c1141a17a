// Queries on the email outbox: enqueue, claim due rows, record the outcome of a send.
import type { OutboxStore } from '@pulputtamo/shared/server';
import { and, asc, eq, lte } from 'drizzle-orm';
import type { Db } from './client.ts';
import { outbox } from './schema.ts';

export type OutboxRow = typeof outbox.$inferSelect;

export interface NewOutboxMessage {
  recipient: string;
  subject: string;
  bodyText: string;
  /** Same key twice → queued once. */
  dedupeKey: string;
}

/** Queues a message (in the caller's transaction); a known dedupe key is skipped. */
export function insertOutboxMessage(db: Db, message: NewOutboxMessage, now: number): boolean {
  return (
    db
      .insert(outbox)
      .values({ ...message, createdAt: now, nextAttemptAt: now })
      .onConflictDoNothing({ target: outbox.dedupeKey })
      .run().changes > 0
  );
}

/** Pending messages due by `now`, oldest first. */
export function listDueMessages(db: Db, now: number, limit: number): OutboxRow[] {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
    .limit(limit)
    .all();
}

export function markSent(db: Db, id: number, now: number): void {
  db.update(outbox).set({ status: 'sent', sentAt: now, lastError: null }).where(eq(outbox.id, id)).run();
}

/** Records a failed attempt: retried at `nextAttemptAt`, or given up as dead. */
export function markFailed(
  db: Db,
  id: number,
  input: { attempts: number; error: string; nextAttemptAt: number; dead: boolean },
): void {
  db.update(outbox)
    .set({
      attempts: input.attempts,
      lastError: input.error.slice(0, 1000),
      nextAttemptAt: input.nextAttemptAt,
      status: input.dead ? 'dead' : 'pending',
    })
    .where(eq(outbox.id, id))
    .run();
}

/** Every message, oldest first (tests and admin checks). */
export function listOutbox(db: Db): OutboxRow[] {
  return db.select().from(outbox).orderBy(asc(outbox.id)).all();
}

/** A queued email as the outbox worker sees it (this outbox carries email only). */
export type QueuedEmail = OutboxRow & { channel: 'email' };

/** The outbox worker's view of this table. */
export function outboxStore(db: Db): OutboxStore<QueuedEmail> {
  return {
    listDue: (channels, now, limit) =>
      channels.includes('email')
        ? listDueMessages(db, now, limit).map((m) => ({ ...m, channel: 'email' as const }))
        : [],
    markSent: (id, now) => markSent(db, id, now),
    markFailed: (id, outcome) => markFailed(db, id, outcome),
  };
}
