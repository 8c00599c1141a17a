// The benchmark's server process: the real ideas app and a hello-world Hono app, both on
// @hono/node-server at free loopback ports, reported to the parent over IPC. The parent also
// asks here for the process's CPU time and for CPU profiles of the measured runs.
//
// Beside `/hello`, the hello app has two floor routes that do only the unavoidable part of an
// endpoint, so the table shows what no implementation of the app could beat on this machine:
// `/floor/page` sends the bytes and headers of a real first page of ideas (the parent hands them
// over) without doing anything to make them, and `/floor/write` commits one row to a scratch SQLite
// file opened like the app's (WAL, synchronous=NORMAL, checkpoints in a worker thread) and answers
// a two-field JSON.
import { rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import { createLogger, openSqlite, startWalCheckpointer } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { openDb } from '../../src/db/client.ts';

export interface ServerPorts {
  app: number;
  hello: number;
}

/** Requests from the parent; each gets one reply. */
export type ServerRequest =
  | { type: 'cpu' }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; path: string }
  | { type: 'floor-page'; body: string; headers: Record<string, string> };
export type ServerReply = { cpuUs: number } | { ok: true };

function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<number> {
  return new Promise((resolve) => {
    serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
  });
}

async function main(): Promise<void> {
  const dbPath = process.argv[2];
  if (!dbPath || !process.send) throw new Error('usage: forked by bench/http/run.ts with the database path');
  // Every request comes from one address and a thousand people voting and commenting for minutes:
  // the per-person and per-address rate limits would turn most of them into 429s.
  const config = loadConfig({
    IDEAS_DB: dbPath,
    SEED: '0',
    LOG_LEVEL: 'silent',
    AUTH_MODE: 'dev',
    IDEAS_RATE_LIMIT: '0',
  });
  const db = openDb(config.dbPath);
  // As in src/server.ts: checkpoints run in a worker thread, not between requests.
  const checkpointer = startWalCheckpointer(db.$client);
  const app = createApp({ db, config, logger: createLogger('ideas', config.logLevel), clock: Date.now });
  const hello = new Hono();
  hello.get('/hello', (c) => c.text('hello'));
  let floorPage: { body: Uint8Array<ArrayBuffer>; headers: Record<string, string> } | undefined;
  hello.get('/floor/page', (c) => (floorPage ? c.body(floorPage.body, 200, floorPage.headers) : c.notFound()));
  const floorPath = join(dirname(dbPath), 'floor.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(floorPath + suffix, { force: true });
  const floorDb = openSqlite(floorPath);
  floorDb.exec('CREATE TABLE floor_writes (id INTEGER PRIMARY KEY, created_at INTEGER NOT NULL)');
  const insertFloorRow = floorDb.prepare('INSERT INTO floor_writes (created_at) VALUES (?)');
  const floorCheckpointer = startWalCheckpointer(floorDb);
  hello.put('/floor/write', (c) => c.json({ id: Number(insertFloorRow.run(Date.now()).lastInsertRowid), ok: true }));
  const ports: ServerPorts = { app: await listen(app.fetch), hello: await listen(hello.fetch) };
  const profiler = new Session();
  profiler.connect();
  process.on('message', async (request: ServerRequest) => {
    let reply: ServerReply = { ok: true };
    if (request.type === 'floor-page') {
      floorPage = { body: Buffer.from(request.body, 'base64'), headers: request.headers };
    } else if (request.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      reply = { cpuUs: user + system };
    } else if (request.type === 'profile-start') {
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    } else {
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(request.path, JSON.stringify(profile));
    }
    process.send?.(reply);
  });
  process.on('disconnect', async () => {
    await checkpointer.stop();
    await floorCheckpointer.stop();
    db.$client.close();
    floorDb.close();
    process.exit(0);
  });
  process.send(ports);
}

await main();
