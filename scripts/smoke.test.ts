// Smoke test: both services as real processes, real SQLite files, clean shutdown on SIGINT.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'pulputtamo-smoke-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  /** Ports by service name, read from each service's "listening" log line. */
  ports: Promise<Record<string, number>>;
  exit: Promise<number | null>;
}

function start(args: string[], env: Record<string, string>, expected: string[]): Running {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', PULPUTTAMO_SKIP_BUILD: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ports = new Promise<Record<string, number>>((resolve, reject) => {
    const found: Record<string, number> = {};
    let buffer = '';
    child.stdout?.on('data', (d) => {
      buffer += d;
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { name?: string; port?: number; msg?: string };
        if (entry.name && entry.port && entry.msg?.includes('listening')) found[entry.name] = entry.port;
        if (expected.every((n) => found[n])) resolve(found);
      }
    });
    void exit.then((code) => reject(new Error(`exited ${code} before listening: ${stderr}`)));
  });
  return { child, ports, exit };
}

function migrationsApplied(dbFile: string, pkg: string): { applied: number; committed: number } {
  const journal = JSON.parse(readFileSync(join(root, 'packages', pkg, 'src/db/migrations/meta/_journal.json'), 'utf8'));
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
    return { applied: row.n, committed: journal.entries.length };
  } finally {
    db.close();
  }
}

async function expectHealthy(port: number) {
  const res = await fetch(`http://127.0.0.1:${port}/health`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
}

describe('smoke', () => {
  it('starts each service as its own process, migrates its database and exits 0 on SIGINT', async () => {
    const dir = join(dataDir, 'separate');
    const env = {
      IDEAS_PORT: '0',
      CHATBOT_PORT: '0',
      IDEAS_DB: join(dir, 'ideas.db'),
      CHATBOT_DB: join(dir, 'chatbot.db'),
    };
    const ideas = start(['--import', 'tsx', 'packages/ideas/src/server.ts'], env, ['ideas']);
    const chatbot = start(['--import', 'tsx', 'packages/chatbot/src/server.ts'], env, ['chatbot']);
    const [{ ideas: ideasPort }, { chatbot: chatbotPort }] = await Promise.all([ideas.ports, chatbot.ports]);
    await expectHealthy(ideasPort as number);
    await expectHealthy(chatbotPort as number);
    for (const [pkg, file] of [
      ['ideas', env.IDEAS_DB],
      ['chatbot', env.CHATBOT_DB],
    ] as const) {
      expect(existsSync(file)).toBe(true);
      const { applied, committed } = migrationsApplied(file, pkg);
      expect(committed).toBeGreaterThan(0);
      expect(applied).toBe(committed);
    }
    ideas.child.kill('SIGINT');
    chatbot.child.kill('SIGINT');
    expect(await ideas.exit).toBe(0);
    expect(await chatbot.exit).toBe(0);
  });

  it('`pnpm start` runs both services with one command and stops both cleanly on SIGINT', async () => {
    const dir = join(dataDir, 'together');
    const run = start(
      ['scripts/start.mjs'],
      { IDEAS_PORT: '0', CHATBOT_PORT: '0', IDEAS_DB: join(dir, 'ideas.db'), CHATBOT_DB: join(dir, 'chatbot.db') },
      ['ideas', 'chatbot'],
    );
    const ports = await run.ports;
    await expectHealthy(ports.ideas as number);
    await expectHealthy(ports.chatbot as number);
    expect(existsSync(join(dir, 'ideas.db-wal'))).toBe(true);
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
  });

  it('refuses to start with a bad variable and names it', async () => {
    const run = start(['--import', 'tsx', 'packages/ideas/src/server.ts'], { IDEAS_PORT: 'lots' }, ['ideas']);
    run.ports.catch(() => undefined);
    let stderr = '';
    run.child.stderr?.on('data', (d) => {
      stderr += d;
    });
    expect(await run.exit).toBe(2);
    expect(stderr).toContain('IDEAS_PORT');
  });
});
