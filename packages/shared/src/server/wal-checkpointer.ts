// Copies the write-ahead log back into the database file from a worker thread, so the request
// thread never waits for a checkpoint's writes and fsyncs.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

export interface WalCheckpointer {
  /** Stops the worker after its current checkpoint. */
  stop(): Promise<void>;
}

export interface WalCheckpointerOptions {
  /** How often the worker checkpoints (ms; default 250). */
  intervalMs?: number;
  /** Called when the worker fails; the connection's own automatic checkpoints then take over. */
  onError?: (err: Error) => void;
  /** Called after each checkpoint that found the WAL changed since the one before. */
  onCheckpoint?: (result: CheckpointResult) => void;
}

export interface CheckpointResult {
  /** Pages in the WAL. */
  walPages: number;
  /** Of those, pages now copied into the database file (all of them unless a reader still needed some). */
  copiedPages: number;
}

/**
 * Past this many WAL pages (~40 MB) the request thread checkpoints by itself: a safety net for
 * when the worker is gone or falls behind. SQLite's default (1,000 pages) would have the request
 * thread checkpoint every few hundred writes, stalling the requests behind it for tens of ms.
 */
const FALLBACK_CHECKPOINT_PAGES = 10_000;

const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3');

/** Plain CommonJS, so it runs without the TypeScript loader the service uses. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.library);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
let last = '';
const checkpoint = () => {
  const [result] = db.pragma('wal_checkpoint(PASSIVE)');
  // data_version moves with every commit of another connection: same numbers, new transaction.
  const seen = db.pragma('data_version', { simple: true }) + ':' + result.log + ':' + result.checkpointed;
  if (result.log > 0 && seen !== last) parentPort.postMessage({ walPages: result.log, copiedPages: result.checkpointed });
  last = seen;
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/**
 * Starts PASSIVE checkpoints of `db`'s file on another connection in a worker thread: they never
 * block the service's reads and writes, and keep the WAL short (the next write starts it over once
 * everything is copied back). In-memory databases have no WAL; then this does nothing.
 */
export function startWalCheckpointer(db: Database.Database, options: WalCheckpointerOptions = {}): WalCheckpointer {
  if (db.memory) return { stop: async () => {} };
  db.pragma(`wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { library: betterSqlite3, path: db.name, intervalMs: options.intervalMs ?? 250 },
  });
  if (options.onCheckpoint) worker.on('message', options.onCheckpoint);
  let failed = false;
  worker.on('error', (err) => {
    failed = true;
    options.onError?.(err);
  });
  return {
    stop: () =>
      failed
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.postMessage('stop');
          }),
  };
}
