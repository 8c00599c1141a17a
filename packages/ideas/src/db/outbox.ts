// Queries on the notification outbox: enqueue, claim due rows, record the outcome of a send.
import type { OutboxStore } from '@pulputtamo/shared/server';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from './client.ts';
import { prepared } from './prepared.ts';
import { notificationOutbox } from './schema.ts';

export type OutboxRow = typeof notificationOutbox.$inferSelect;
export type OutboxChannel = OutboxRow['channel'];

export interface NewOutboxMessage {
  channel: OutboxChannel;
  recipient: string;
  subject: string;
  bodyText: string;
  payload?: unknown;
  /** Same key twice → queued once. */
  dedupeKey: string;
}

/** Queues messages in the caller's transaction; a message whose dedupe key is known is skipped. */
export function insertOutboxMessages(db: Db, messages: readonly NewOutboxMessage[], now: number): number {
  // One statement per message, compiled once: comments queue one per subscriber.
  const insert = prepared(
    db,
    `INSERT INTO notification_outbox
       (channel, recipient, subject, body_text, payload_json, dedupe_key, created_at, next_attempt_at)
     VALUES (@channel, @recipient, @subject, @bodyText, @payloadJson, @dedupeKey, @now, @now)
     ON CONFLICT (dedupe_key) DO NOTHING`,
  );
  let inserted = 0;
  for (const m of messages) {
    inserted += insert.run({
      channel: m.channel,
      recipient: m.recipient,
      subject: m.subject,
      bodyText: m.bodyText,
      payloadJson: m.payload === undefined ? null : JSON.stringify(m.payload),
      dedupeKey: m.dedupeKey,
      now,
    }).changes;
  }
  return inserted;
}

export function listDueMessages(db: Db, channels: readonly string[], now: number, limit: number): OutboxRow[] {
  const known = channels.filter((c): c is OutboxChannel => c === 'email' || c === 'webhook');
  if (known.length === 0) return [];
  return db
    .select()
    .from(notificationOutbox)
    .where(
      and(
        eq(notificationOutbox.status, 'pending'),
        lte(notificationOutbox.nextAttemptAt, now),
        inArray(notificationOutbox.channel, known),
      ),
    )
    .orderBy(asc(notificationOutbox.nextAttemptAt), asc(notificationOutbox.id))
    .limit(limit)
    .all();
}

export function markSent(db: Db, id: number, now: number): void {
  db.update(notificationOutbox)
    .set({ status: 'sent', sentAt: now, lastError: null })
    .where(eq(notificationOutbox.id, id))
    .run();
}

/** Records a failed attempt: the message is retried at `nextAttemptAt`, or given up as dead. */
export function markFailed(
  db: Db,
  id: number,
  input: { attempts: number; error: string; nextAttemptAt: number; dead: boolean },
): void {
  db.update(notificationOutbox)
    .set({
      attempts: input.attempts,
      lastError: input.error.slice(0, 1000),
      nextAttemptAt: input.nextAttemptAt,
      status: input.dead ? 'dead' : 'pending',
    })
    .where(eq(notificationOutbox.id, id))
    .run();
}

/** Every message, oldest first (for tests and admin checks). */
export function listOutbox(db: Db): OutboxRow[] {
  return db.select().from(notificationOutbox).orderBy(asc(notificationOutbox.id)).all();
}

/** Empties the outbox (used after seeding demo history, whose events must not be mailed). */
export function clearOutbox(db: Db): void {
  db.delete(notificationOutbox).run();
}

/** The outbox worker's view of this table. */
export function outboxStore(db: Db): OutboxStore<OutboxRow> {
  return {
    listDue: (channels, now, limit) => listDueMessages(db, channels, now, limit),
    markSent: (id, now) => markSent(db, id, now),
    markFailed: (id, outcome) => markFailed(db, id, outcome),
  };
}
