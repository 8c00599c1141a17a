import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDb } from './db/client.ts';

function setup() {
  const db = openDb(':memory:');
  return createApp({ db, config: loadConfig({}), logger: pino({ level: 'silent' }), clock: () => 0 });
}

describe('chatbot app', () => {
  it('answers GET /health', async () => {
    const res = await setup().request('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await setup().request('/api/bots/nobody/nothing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('names a bad port variable', () => {
    expect(() => loadConfig({ CHATBOT_PORT: 'x' })).toThrow(/CHATBOT_PORT/);
  });
});
