// Test support: an app on an in-memory database (or a given one) serving bots trained once per
// test file, with JSON request helpers.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MessageReply } from '@pulputtamo/shared';
import { pino } from 'pino';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { type Db, openDb } from './db/client.ts';
import type { LiveChatAdapter } from './handover/live-chat-adapter.ts';
import type { BotRegistry } from './registry/bot-registry.ts';
import { createFileModelCache } from './registry/model-cache.ts';
import { openBotRegistry } from './registry/open-bot-registry.ts';

/** Models trained by one test file are reused by the others (keys include content and engine source). */
const testModelCache = createFileModelCache(join(tmpdir(), 'pulputtamo-chatbot-test-models'));

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Db;
  bots: BotRegistry;
  now: () => number;
  advance: (ms: number) => void;
  /** Sends a request; `json` becomes the body with the JSON content type; `admin` adds the bearer token. */
  req: (
    method: string,
    path: string,
    opts?: { json?: unknown; body?: BodyInit; headers?: Record<string, string>; admin?: boolean },
  ) => Promise<Response>;
  /** Posts a message and returns the reply, failing on anything but 200. */
  send: (
    botId: string,
    message: { text?: string; choice?: string; sessionId?: string; lang?: string },
  ) => Promise<MessageReply>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  db?: Db;
  /** A registry trained earlier in the file (training takes a second or two per bot). */
  bots?: BotRegistry;
  liveChat?: LiveChatAdapter;
  start?: number;
}

/** Trains the bots named in `env.CHATBOT_BOTS` (or the default) against `db`. */
export function trainTestBots(env: Record<string, string> = {}, db: Db = openDb(':memory:')): BotRegistry {
  const bots = openBotRegistry(db, loadConfig({ CHATBOT_INTERNAL: '1', ...env }), { cache: testModelCache });
  // In-process training: done when trainAll returns.
  void bots.trainAll();
  return bots;
}

export function createTestApp(options: TestAppOptions = {}): TestApp {
  const db = options.db ?? openDb(':memory:');
  let time = options.start ?? Date.parse('2026-03-02T08:00:00Z');
  const env = {
    LOG_LEVEL: 'silent',
    CHATBOT_ADMIN_TOKEN: ADMIN_TOKEN,
    CHATBOT_INTERNAL: '1',
    // The clock stands still in tests, so rate-limit windows never end; the limits have their own test.
    CHATBOT_RATE_LIMIT: '0',
    ...options.env,
  };
  const config = loadConfig(env);
  const bots = options.bots ?? openBotRegistry(db, config, { cache: testModelCache });
  void bots.trainAll();
  const app = createApp({
    db,
    config,
    bots,
    logger: pino({ level: 'silent' }),
    clock: () => time,
    liveChat: options.liveChat,
  });
  const req: TestApp['req'] = (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.admin) headers.authorization = `Bearer ${ADMIN_TOKEN}`;
    let body = opts.body;
    if (opts.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(opts.json);
    }
    return Promise.resolve(app.request(path, { method, headers, body }));
  };
  return {
    app,
    db,
    bots,
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
    req,
    send: async (botId, message) => {
      const res = await req('POST', `/api/bots/${botId}/messages`, { json: message });
      if (res.status !== 200) throw new Error(`message failed: ${res.status} ${await res.text()}`);
      return (await res.json()) as MessageReply;
    },
  };
}
