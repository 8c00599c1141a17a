// Starts a Pulputtamo service as a real child process (as `pnpm start` does) on a free port.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

export interface RunningService {
  url: string;
  child: ChildProcess;
  /** Sends SIGINT and waits for the process to exit. */
  stop(): Promise<void>;
}

/** Spawns `packages/<name>/src/server.ts` and resolves with its URL once it logs "listening". */
export function startService(name: 'ideas' | 'chatbot', env: Record<string, string>): Promise<RunningService> {
  const child = spawn(process.execPath, ['--import', 'tsx', `packages/${name}/src/server.ts`], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', NODE_ENV: 'development', PULPUTTAMO_SKIP_BUILD: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (d) => {
      buffer += d;
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { port?: number; msg?: string };
        if (entry.port && entry.msg?.includes('listening'))
          resolve({ url: `http://localhost:${entry.port}`, child, stop });
      }
    });
    void exited.then(() => reject(new Error(`${name} exited before listening: ${stderr}`)));
  });
}

/** Waits until every bot of the chatbot service has trained its model (`ready`). */
export async function waitForBots(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${url}/api/bots`);
    const { items } = (await res.json()) as { items: { id: string; ready?: boolean }[] };
    if (items.every((b) => b.ready !== false)) return;
    if (Date.now() > until) throw new Error(`bots not ready: ${JSON.stringify(items)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** A port that was free a moment ago (the services must know each other's address before start). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
