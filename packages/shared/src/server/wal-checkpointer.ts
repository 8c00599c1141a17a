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
  /** Called when the worker fails; the connection's own automatic checkpoints then take over again. */
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
 * when the worker falls behind (when it is gone, SQLite's default of 1,000 pages comes back). SQLite's default (1,000 pages) would have the request
 * thread checkpoint every few hundred writes, stalling the requests behind it for tens of ms.
 */
const FALLBACK_CHECKPOINT_PAGES = 10_000;

const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3');

/** Plain CommonJS, so it runs without the TypeScript loader the service uses. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.library);
// SQLite errors reach the parent as plain objects without their message: rethrow them as Errors.
const plainError = (err) => new Error(err.message + (err.code ? ' (' + err.code + ')' : ''));
let db;
try {
  db = new Database(workerData.path, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
} catch (err) {
  throw plainError(err);
}
let last = '';
const checkpoint = () => {
  let result;
  try {
    [result] = db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    throw plainError(err);
  }
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
  let stopping = false;
  let failed = false;
  worker.on('error', (err) => {
    failed = true;
    options.onError?.(err);
  });
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', (code) => {
      if (code !== 0 || !stopping) {
        // The worker is gone: the connection goes back to SQLite's own checkpoints every 1,000 pages.
        if (db.open) db.pragma('wal_autocheckpoint = 1000');
        if (!failed) options.onError?.(new Error(`the WAL checkpoint worker exited with code ${code}`));
      }
      resolve();
    });
  });
  return {
    stop: () => {
      if (!stopping) {
        stopping = true;
        worker.postMessage('stop');
      }
      return exited;
    },
  };
}
