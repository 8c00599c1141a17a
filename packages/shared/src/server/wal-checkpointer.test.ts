// Background checkpoints on a real database file: the WAL stays short while the service writes,
// and nothing written is lost.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from './open-sqlite.ts';
import { type CheckpointResult, startWalCheckpointer } from './wal-checkpointer.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const BATCHES = 12;
const MB = 1024 * 1024;

/** Writes BATCHES transactions of ~1 MB each, awaiting `afterBatch` after each; `run` returns the WAL's size. */
async function writeBatches(afterBatch: () => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'pulputtamo-wal-'));
  dirs.push(dir);
  const path = join(dir, 'test.db');
  const db = openSqlite(path);
  db.exec('CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)');
  return {
    db,
    path,
    run: async () => {
      const insert = db.prepare('INSERT INTO blobs (data) VALUES (?)');
      for (let b = 0; b < BATCHES; b++) {
        db.transaction(() => {
          for (let i = 0; i < 16; i++) insert.run(Buffer.alloc(MB / 16, b));
        })();
        await afterBatch();
      }
      return statSync(`${path}-wal`).size;
    },
  };
}

describe('startWalCheckpointer', () => {
  it('keeps the WAL short while the connection writes, and loses nothing', async () => {
    const results: CheckpointResult[] = [];
    const { db, path, run } = await writeBatches(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const checkpointer = startWalCheckpointer(db, { intervalMs: 10, onCheckpoint: (r) => results.push(r) });
    // The WAL is reused from its start once a checkpoint has copied it all back, so it stays at a
    // few batches' size; without the worker it holds all of them (next test).
    expect(await run()).toBeLessThan((BATCHES / 2) * MB);
    await checkpointer.stop();
    expect(results.some((r) => r.copiedPages === r.walPages && r.walPages > 0)).toBe(true);
    db.close();
    const reopened = new Database(path, { readonly: true });
    expect(reopened.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(BATCHES * 16);
    reopened.close();
  });

  it('leaves the WAL to grow without it (up to the connection’s own fallback checkpoint)', async () => {
    const { db, run } = await writeBatches(() => new Promise((resolve) => setTimeout(resolve, 10)));
    db.pragma('wal_autocheckpoint = 10000');
    expect(await run()).toBeGreaterThan(BATCHES * MB * 0.9);
    db.close();
  });

  it('hands checkpoints back to the connection when the worker fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulputtamo-wal-'));
    dirs.push(dir);
    const path = join(dir, 'gone.db');
    const db = openSqlite(path);
    rmSync(path); // the worker cannot open a file that is gone
    const failure = new Promise<Error>((resolve) => {
      const checkpointer = startWalCheckpointer(db, { onError: resolve });
      void checkpointer.stop();
    });
    expect((await failure).message).toMatch(/SQLITE_CANTOPEN/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    db.close();
  });

  it('does nothing for an in-memory database', async () => {
    const db = openSqlite(':memory:');
    await startWalCheckpointer(db).stop();
    db.close();
  });
});
