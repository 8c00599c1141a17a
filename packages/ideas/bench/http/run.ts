// HTTP benchmark of the ideas service (`pnpm bench:http`): a generated platform of 100,000 ideas,
// the real app in a child process, autocannon here, and the results table, JSON and README update.
import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { CACHE_DIR, prepareBenchDb } from './bench-db.ts';
import { createEndpoints, type EndpointData, type Session } from './endpoints.ts';
import { createTextGenerator } from './finnish-text.ts';
import { type Measurement, measureEndpoint } from './measure.ts';
import { createRandom } from './random.ts';
import { markdownTable, meetsTarget, toResultRows, writeReadmeTable, writeResultsJson } from './report.ts';
import type { ServerPorts, ServerReply, ServerRequest } from './serve.ts';

const HELP = `usage: pnpm bench:http [options]
  --regenerate         build the benchmark database again even if a cached one matches
  --scale <x>          data size factor (default 1 = 100,000 ideas, 1,000,000 votes, 200,000 comments)
  --only <a,b>         measure only these endpoints (hello-world always runs, for the ratio)
  --duration <s>       measured seconds per endpoint (default 10)
  --warmup <s>         warm-up seconds per endpoint (default 3)
  --connections <n>    concurrent connections (default 100)
  --sessions <n>       signed-in people the requests rotate through (default 1000)
  --cpu-prof           profile the server during each measured run: .bench-cache/profiles/<endpoint>.cpuprofile
  --no-write           print only; leave bench-results/ideas.json and the README alone
Results are written only by a full run (scale 1, every endpoint).`;

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);

function readOptions() {
  const { values } = parseArgs({
    options: {
      regenerate: { type: 'boolean', default: false },
      scale: { type: 'string', default: '1' },
      only: { type: 'string' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '100' },
      sessions: { type: 'string', default: '1000' },
      'cpu-prof': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const num = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number, got ${value}`);
    return n;
  };
  return {
    regenerate: values.regenerate,
    scale: num('scale', values.scale),
    only: values.only?.split(',').map((s) => s.trim()),
    durationS: num('duration', values.duration),
    warmupS: Number(values.warmup),
    connections: num('connections', values.connections),
    sessions: num('sessions', values.sessions),
    cpuProf: values['cpu-prof'],
    write: !values['no-write'],
  };
}

/** Ids, authors and people from the working database, read before the server opens it. */
function readFixtures(path: string, sessionCount: number) {
  const db = new Database(path, { readonly: true });
  const visibleIds = db.prepare('SELECT id FROM ideas WHERE deleted_at IS NULL').pluck().all() as number[];
  const votable = db
    .prepare("SELECT id, author_id AS authorId FROM ideas WHERE deleted_at IS NULL AND status != 'duplicate'")
    .all() as { id: number; authorId: number }[];
  const people = db
    .prepare('SELECT subject, display_name AS displayName FROM users ORDER BY random() LIMIT ?')
    .all(sessionCount) as { subject: string; displayName: string }[];
  db.close();
  return { visibleIds, votable, people };
}

interface BenchServer {
  ports: ServerPorts;
  /** The server process's CPU time so far (user + system, µs). */
  cpuUs: () => Promise<number>;
  /** Hands the server the page `/floor/page` sends. */
  setFloorPage: (body: Buffer, headers: Record<string, string>) => Promise<void>;
  /** Starts a CPU profile of the server; the returned function stops it and writes `path`. */
  profile: () => Promise<(path: string) => Promise<void>>;
  stop: () => Promise<void>;
}

function startServer(dbPath: string): Promise<BenchServer> {
  const child = fork(fileURLToPath(new URL('./serve.ts', import.meta.url)), [dbPath], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = (request: ServerRequest) =>
    new Promise<ServerReply>((done) => {
      child.once('message', (reply) => done(reply as ServerReply));
      child.send(request);
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the benchmark server exited early (code ${code})`)));
    child.once('message', (ports) => {
      child.removeAllListeners('exit');
      resolve({
        ports: ports as ServerPorts,
        cpuUs: async () => ((await ask({ type: 'cpu' })) as { cpuUs: number }).cpuUs,
        setFloorPage: async (body, headers) => {
          await ask({ type: 'floor-page', body: body.toString('base64'), headers });
        },
        profile: async () => {
          await ask({ type: 'profile-start' });
          return async (path) => {
            await ask({ type: 'profile-stop', path });
          };
        },
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.disconnect();
          }),
      });
    });
  });
}

async function signIn(baseUrl: string, people: { subject: string; displayName: string }[]): Promise<Session[]> {
  const sessions: Session[] = [];
  for (const person of people) {
    const res = await fetch(`${baseUrl}/auth/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: person.subject, displayName: person.displayName }),
    });
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    const me = (await res.json()) as { id: number };
    if (!res.ok || !cookie) throw new Error(`dev login as ${person.subject} failed: ${res.status}`);
    sessions.push({ userId: me.id, cookie });
  }
  return sessions;
}

/** Headers the HTTP layer writes itself; the rest are what the app chose to send. */
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

/** The first page of trending ideas exactly as the app answers it: body and headers. */
async function firstPage(
  baseUrl: string,
  session: Session,
): Promise<{ body: Buffer; headers: Record<string, string> }> {
  const res = await fetch(`${baseUrl}/api/ideas?sort=trending`, { headers: { cookie: session.cookie } });
  if (!res.ok) throw new Error(`reading the first page of ideas failed: ${res.status}`);
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!TRANSPORT_HEADERS.has(name)) headers[name] = value;
  });
  return { body: Buffer.from(await res.arrayBuffer()), headers };
}

function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

async function main(): Promise<void> {
  const options = readOptions();
  const scaled = (n: number) => Math.max(1, Math.round(n * options.scale));
  const params = {
    ideas: scaled(100_000),
    votes: scaled(1_000_000),
    comments: scaled(200_000),
    users: Math.max(100, scaled(5_000)),
    seed: 1,
  };
  const db = prepareBenchDb(params, options.regenerate);
  const profileDir = join(CACHE_DIR, 'profiles');
  if (options.cpuProf) mkdirSync(profileDir, { recursive: true });
  const fixtures = readFixtures(db.path, options.sessions);
  const text = createTextGenerator(createRandom(2));
  const server = await startServer(db.path);
  const appUrl = `http://127.0.0.1:${server.ports.app}`;
  const helloUrl = `http://127.0.0.1:${server.ports.hello}`;
  try {
    const data: EndpointData = {
      visibleIds: fixtures.visibleIds,
      votable: fixtures.votable,
      sessions: await signIn(appUrl, fixtures.people),
      comments: Array.from({ length: 2000 }, () => text.comment()),
      typedTitles: Array.from({ length: 2000 }, () => text.typedTitle()),
    };
    const page = await firstPage(appUrl, data.sessions[0] as Session);
    await server.setFloorPage(page.body, page.headers);
    const endpoints = createEndpoints(data).filter(
      (e) => !options.only || e.name === 'hello-world' || options.only.includes(e.name),
    );
    log(
      `${db.summary.ideas} ideas, ${db.summary.votes} votes, ${db.summary.comments} comments, ${db.summary.users} users; ` +
        `${data.sessions.length} signed in; ${options.connections} connections, ${options.durationS} s each after ${options.warmupS} s warm-up`,
    );
    const loadBefore = loadavg()[0] ?? 0;
    const measurements: Measurement[] = [];
    for (const endpoint of endpoints) {
      const m = await measureEndpoint(endpoint.server === 'app' ? appUrl : helloUrl, endpoint, options, {
        serverCpuUs: server.cpuUs,
        profile: options.cpuProf ? server.profile : undefined,
        profilePath: join(profileDir, `${endpoint.name}.cpuprofile`),
      });
      log(
        `  ${m.name}: ${Math.round(m.rps)} req/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, ` +
          `server CPU ${Math.round(m.serverCpuUs)} µs/request (${m.requests} requests)`,
      );
      if (m.non2xx > 0) log(`    ${m.non2xx} responses outside 2xx; status codes ${JSON.stringify(m.statusCodes)}`);
      if (m.errors > 0) log(`    ${m.errors} socket errors or timeouts (> 10 s)`);
      measurements.push(m);
    }
    const rows = toResultRows(measurements);
    const table = markdownTable(rows, endpoints);
    console.log(`\n${table}\n`);
    const missed = rows.filter((r) => {
      const e = endpoints.find((x) => x.name === r.name);
      return e && !meetsTarget(r, e);
    });
    console.log(missed.length === 0 ? 'every target met' : `targets missed: ${missed.map((r) => r.name).join(', ')}`);
    const failed = measurements.filter((m) => m.non2xx > 0);
    if (failed.length > 0) {
      process.exitCode = 1;
      console.log(`responses outside 2xx on: ${failed.map((m) => m.name).join(', ')} (results not written)`);
      return;
    }
    if (options.write && !options.only && options.scale === 1) {
      writeResultsJson(join(packageDir, 'bench-results/ideas.json'), rows);
      const when = new Date().toISOString().slice(0, 10);
      const load = `${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`;
      const block =
        `Last full run ${when} on ${machine()}, load average ${load} during the run; ` +
        `${options.connections} connections, ${options.durationS} s per endpoint after a ${options.warmupS} s warm-up:\n\n${table}`;
      const updated = writeReadmeTable(join(packageDir, 'README.md'), block);
      log(`wrote bench-results/ideas.json${updated ? ' and the README table' : ' (README markers missing)'}`);
    }
  } finally {
    await server.stop();
  }
}

await main();
