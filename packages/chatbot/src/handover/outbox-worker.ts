// Drains the email outbox: sends due messages, retries failures with exponential backoff, gives
// up after a number of attempts. Rows stay pending until sent, so a crash loses nothing.
import type { Logger } from 'pino';
import type { Db } from '../db/client.ts';
import { listDueMessages, markFailed, markSent } from '../db/outbox.ts';
import type { Send } from './send-email.ts';

export interface OutboxWorkerOptions {
  db: Db;
  send: Send;
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

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, clock, logger, send } = options;
  const base = options.baseDelayMs ?? 30_000;
  const max = options.maxDelayMs ?? 6 * 3_600_000;
  const maxAttempts = options.maxAttempts ?? 10;
  const batchSize = options.batchSize ?? 50;
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function drainOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const due = listDueMessages(db, clock(), batchSize);
      for (const m of due) {
        try {
          await send(m);
          markSent(db, m.id, clock());
          sent++;
        } catch (err) {
          const attempts = m.attempts + 1;
          const dead = attempts >= maxAttempts;
          const error = err instanceof Error ? err.message : String(err);
          markFailed(db, m.id, { attempts, error, dead, nextAttemptAt: clock() + retryDelay(attempts, base, max) });
          logger[dead ? 'error' : 'warn']({ id: m.id, attempts, err: error }, 'email failed');
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
