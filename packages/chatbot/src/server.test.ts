// Start-up as a real process: broken content or a staff bot on a public deployment stops the
// service with a message naming the place, before it listens.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTestBot } from './test-content.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: packageDir,
    env: { ...process.env, CHATBOT_PORT: '0', CHATBOT_DB: ':memory:', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

/** Starts the service for real and resolves with its port once it listens. */
function serve(env: Record<string, string>): { port: Promise<number>; stop: () => Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: packageDir,
    env: { ...process.env, CHATBOT_PORT: '0', CHATBOT_DB: ':memory:', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = new Promise<number>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (d) => {
      buffer += d;
      const match = buffer.match(/"port":(\d+)[^\n]*listening/);
      if (match) resolve(Number(match[1]));
    });
    void exit.then((code) => reject(new Error(`exited ${code} before listening`)));
  });
  return {
    port,
    stop: () => {
      child.kill('SIGINT');
      return exit;
    },
  };
}

// Each test starts a real process (tsx compiles the service first): allow for a busy machine.
describe.concurrent('start-up', { timeout: 120_000 }, () => {
  it('listens at once, trains the bots in a worker thread, then answers', async () => {
    const contentDir = writeTestBot();
    dirs.push(contentDir);
    const service = serve({ CHATBOT_BOTS: 'testbot', CHATBOT_CONTENT_DIR: contentDir });
    const base = `http://127.0.0.1:${await service.port}`;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    let res: Response;
    for (;;) {
      res = await fetch(`${base}/api/bots/testbot/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'kirjastokortti hukassa' }),
      });
      if (res.status !== 503) break;
      expect(res.headers.get('retry-after')).toBe('5');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(res.status).toBe(200);
    expect((await res.json()).intent.id).toBe('tst_card_lost');
    const list = await (await fetch(`${base}/api/bots`)).json();
    expect(list.items).toMatchObject([{ id: 'testbot', ready: true }]);
    expect(await service.stop()).toBe(0);
  });

  it('stops on broken content, naming the file, the intent and the field', async () => {
    const contentDir = writeTestBot();
    dirs.push(contentDir);
    writeFileSync(
      join(contentDir, 'testbot', 'intents', 'tst_hours.yml'),
      'id: tst_hours\nlabel: { fi: Aukiolo, sv: Öppet, en: Hours }\nexamples: { fi: [auki], sv: [], en: [] }\nanswer: { fi: Auki, sv: Öppet, en: Open }\n',
    );
    const { code, stderr } = await start({ CHATBOT_BOTS: 'testbot', CHATBOT_CONTENT_DIR: contentDir });
    expect(code).toBe(2);
    expect(stderr).toContain('Bot content is invalid');
    expect(stderr).toMatch(/testbot\/intents\/tst_hours\.yml: examples\.fi: needs at least 12 Finnish examples/);
  });

  it('refuses the staff-only employer bot outside the internal deployment', async () => {
    const { code, stderr } = await start({ CHATBOT_BOTS: 'library,employer' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/CHATBOT_BOTS: bot "employer" is for staff only/);
    expect(stderr).toContain('CHATBOT_INTERNAL=1');
  });

  it('names a bad variable', async () => {
    const { code, stderr } = await start({ CHATBOT_RETENTION_DAYS: 'forever' });
    expect(code).toBe(2);
    expect(stderr).toContain('CHATBOT_RETENTION_DAYS');
  });
});
