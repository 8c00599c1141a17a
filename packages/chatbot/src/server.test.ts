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

describe.concurrent('start-up', () => {
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
