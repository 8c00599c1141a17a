// Test support: a fresh app on an in-memory database, with sign-in and JSON request helpers.
import { pino } from 'pino';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { type Db, openDb } from './db/client.ts';
import { categories } from './db/schema.ts';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Db;
  /** Moves the fixed clock forward. */
  advance: (ms: number) => void;
  now: () => number;
  /** Signs in (creating the user) and returns the Cookie header value. */
  login: (
    username: string,
    extra?: { role?: 'staff' | 'moderator' | 'admin'; orgUnit?: string; email?: string; displayName?: string },
  ) => Promise<string>;
  /** Sends a request; `json` becomes the body with the JSON content type. */
  req: (
    method: string,
    path: string,
    opts?: { cookie?: string; json?: unknown; body?: string; headers?: Record<string, string> },
  ) => Promise<Response>;
  /** The id of a category created for the test. */
  categoryId: number;
}

export function createTestApp(options: { env?: Record<string, string>; db?: Db; start?: number } = {}): TestApp {
  const db = options.db ?? openDb(':memory:');
  let time = options.start ?? Date.parse('2026-03-02T08:00:00Z');
  const config = loadConfig({ LOG_LEVEL: 'silent', ...options.env });
  const app = createApp({ db, config, logger: pino({ level: 'silent' }), clock: () => time });
  const [cat] = db
    .insert(categories)
    .values({ slug: `test-${Math.random()}`, nameFi: 'Kirjastot', nameSv: 'Bibliotek', nameEn: 'Libraries' })
    .returning()
    .all();
  const req: TestApp['req'] = (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.cookie) headers.cookie = opts.cookie;
    let body: string | undefined = opts.body;
    if (opts.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(opts.json);
    }
    return Promise.resolve(app.request(path, { method, headers, body }));
  };
  return {
    app,
    db,
    categoryId: cat?.id ?? 0,
    advance: (ms) => {
      time += ms;
    },
    now: () => time,
    req,
    login: async (username, extra = {}) => {
      const res = await req('POST', '/auth/dev/login', {
        json: { username, email: `${username}@kuopio.fi`, ...extra },
      });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
      const cookie = res.headers.get('set-cookie') ?? '';
      return cookie.split(';')[0] ?? '';
    },
  };
}
