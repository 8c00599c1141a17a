// Drains a service's outbox table: sends due messages through the sender of their channel, retries
// failures with exponential backoff, gives up after a number of attempts. Rows stay pending until
// sent, so a crash loses nothing (delivery is at least once: a crash between send and bookkeeping
// may send one message twice). The SQL stays in each service's db/ module behind `OutboxStore`.
import type { Logger } from 'pino';

/** What the worker needs of a queued message. */
export interface QueuedMessage {
  id: number;
  channel: string;
  attempts: number;
}

/** A service's outbox queries. */
export interface OutboxStore<M extends QueuedMessage> {
  /** Pending messages on `channels` due by `now`, oldest first. */
  listDue(channels: readonly string[], now: number, limit: number): M[];
  markSent(id: number, now: number): void;
  /** A failed attempt: retried at `nextAttemptAt`, or given up as dead. */
  markFailed(id: number, outcome: { attempts: number; error: string; nextAttemptAt: number; dead: boolean }): void;
}

export type Send<M> = (message: M) => Promise<void>;

export interface OutboxWorkerOptions<M extends QueuedMessage> {
  store: OutboxStore<M>;
  /** Channels without a sender (no SMTP configured, say) stay queued untouched. */
  senders: Partial<Record<string, Send<M>>>;
  clock: () => number;
  logger: Logger;
  /** First retry delay; doubles per attempt up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Attempts before a message is marked dead. */
  maxAttempts?: number;
  batchSize?: number;
}

export interface OutboxWorker {
  /** Sends everything due now; resolves with how many were sent. */
  drain(): Promise<number>;
  /** Drains every `intervalMs` until stopped. */
  start(intervalMs: number): void;
  /** Stops the timer and waits for a drain in progress. */
  stop(): Promise<void>;
}

/** The delay before attempt `attempts + 1`: base · 2^(attempts − 1), capped. */
export function retryDelay(attempts: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

export function createOutboxWorker<M extends QueuedMessage>(options: OutboxWorkerOptions<M>): OutboxWorker {
  const { store, clock, logger } = options;
  const base = options.baseDelayMs ?? 30_000;
  const max = options.maxDelayMs ?? 6 * 3_600_000;
  const maxAttempts = options.maxAttempts ?? 10;
  const batchSize = options.batchSize ?? 50;
  const channels = Object.keys(options.senders).filter((c) => options.senders[c]);
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function drainOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const due = store.listDue(channels, clock(), batchSize);
      for (const m of due) {
        const send = options.senders[m.channel];
        if (!send) continue;
        try {
          await send(m);
          store.markSent(m.id, clock());
          sent++;
        } catch (err) {
          const attempts = m.attempts + 1;
          const dead = attempts >= maxAttempts;
          const error = err instanceof Error ? err.message : String(err);
          store.markFailed(m.id, { attempts, error, dead, nextAttemptAt: clock() + retryDelay(attempts, base, max) });
          logger[dead ? 'error' : 'warn'](
            { id: m.id, channel: m.channel, attempts, err: error },
            'notification failed',
          );
        }
      }
      if (due.length < batchSize) return sent;
    }
  }

  const drain = () => {
    running ??= drainOnce().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    drain,
    start(intervalMs) {
      timer = setInterval(() => {
        drain().catch((err) => logger.error({ err }, 'outbox drain failed'));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => 0);
    },
  };
}
