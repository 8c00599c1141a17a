// The benchmark database: generated once per set of parameters into .bench-cache/, then copied to
// a working file for each run (the write endpoints change it).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../../src/db/client.ts';
import { type BenchDataParams, type BenchDataSummary, generateBenchData } from './generate-data.ts';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
export const CACHE_DIR = join(packageDir, '.bench-cache');

/** Sources whose change makes a cached database stale: the schema, the index terms and the generator. */
const KEY_SOURCES = [
  'src/db/migrations/meta/_journal.json',
  'src/db/index-stems.ts',
  'bench/http/generate-data.ts',
  'bench/http/finnish-text.ts',
  'bench/http/random.ts',
];

function cacheKey(params: Omit<BenchDataParams, 'now'>): string {
  const hash = createHash('sha256').update(JSON.stringify(params));
  for (const file of KEY_SOURCES) {
    const path = join(packageDir, file);
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 16);
}

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

const log = (line: string) => process.stderr.write(line);

/**
 * A fresh working copy of the benchmark database for `params`, generating the cached original
 * first when it is missing, stale or `regenerate` is set. Returns the working copy's path.
 */
export function prepareBenchDb(
  params: Omit<BenchDataParams, 'now'>,
  regenerate: boolean,
): { path: string; summary: BenchDataSummary; generatedMs: number | null } {
  mkdirSync(CACHE_DIR, { recursive: true });
  // The cache ignores itself, so no repository-wide ignore rule is needed.
  writeFileSync(join(CACHE_DIR, '.gitignore'), '*\n');
  const key = cacheKey(params);
  const cached = join(CACHE_DIR, `ideas-${key}.db`);
  const metaPath = join(CACHE_DIR, `ideas-${key}.json`);
  let generatedMs: number | null = null;
  if (regenerate || !existsSync(cached) || !existsSync(metaPath)) {
    // One cached database at a time: they take hundreds of megabytes each.
    for (const file of readdirSync(CACHE_DIR)) {
      if (/^ideas-[0-9a-f]+\.(db|db-wal|db-shm|json)$/.test(file)) rmSync(join(CACHE_DIR, file));
    }
    const started = performance.now();
    log(`generating ${params.ideas} ideas, ${params.votes} votes, ${params.comments} comments into ${cached}\n`);
    const db = openDb(cached);
    const summary = generateBenchData(db, { ...params, now: Date.now() }, (done, total) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      log(`\r  ideas ${done}/${total} (${seconds} s)`);
    });
    db.$client.close();
    generatedMs = performance.now() - started;
    log(`\n  done in ${(generatedMs / 1000).toFixed(1)} s\n`);
    writeFileSync(metaPath, `${JSON.stringify({ params, summary }, null, 2)}\n`);
  } else {
    log(`reusing the cached benchmark database ${cached} (--regenerate builds it again)\n`);
  }
  const summary = (JSON.parse(readFileSync(metaPath, 'utf8')) as { summary: BenchDataSummary }).summary;
  const work = join(CACHE_DIR, 'run.db');
  removeDb(work);
  copyFileSync(cached, work);
  return { path: work, summary, generatedMs };
}
