#!/usr/bin/env node
// `pnpm start`: builds what must be built, then runs the ideas and chatbot services together.
// Ctrl-C (SIGINT) or SIGTERM stops both cleanly; exits 0 only when both stopped cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

if (process.env.PULPUTTAMO_SKIP_BUILD !== '1') {
  console.log('[start] building packages…');
  const build = spawnSync('pnpm', ['-r', '--if-present', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('[start] build failed; not starting the services.');
    process.exit(build.status ?? 1);
  }
}

// Locally the chatbot serves all three bots: the dev login stands in for the staff sign-in that
// an internal deployment has in front of the staff-only employer bot. Variables set by the caller win.
const services = [
  { name: 'ideas', entry: 'packages/ideas/src/server.ts', env: {} },
  {
    name: 'chatbot',
    entry: 'packages/chatbot/src/server.ts',
    env: { CHATBOT_BOTS: 'businesskuopio,library,employer', CHATBOT_INTERNAL: '1' },
  },
];

let stopping = false;
const exits = new Map();
const children = services.map(({ name, entry, env }) => {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...process.env },
  });
  child.on('exit', (code, signal) => {
    exits.set(name, code ?? (signal ? 1 : 0));
    if (!stopping) {
      console.error(`[start] ${name} exited unexpectedly (${code ?? signal}); stopping the other service.`);
      stopAll('SIGTERM');
    }
    if (exits.size === children.length) {
      const failed = [...exits].filter(([, c]) => c !== 0);
      if (failed.length) console.error(`[start] not clean: ${failed.map(([n, c]) => `${n} exited ${c}`).join(', ')}`);
      process.exit(failed.length || !cleanStop ? 1 : 0);
    }
  });
  return child;
});

let cleanStop = false;
function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!stopping) cleanStop = true;
    stopAll(signal);
  });
}
