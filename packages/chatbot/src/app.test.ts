import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { createTestApp } from './test-app.ts';

describe('chatbot app', () => {
  const t = createTestApp({ env: { CHATBOT_BOTS: 'library' } });

  it('answers GET /health', async () => {
    const res = await t.req('GET', '/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await t.req('GET', '/api/bots/nobody/nothing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('names a bad variable', () => {
    expect(() => loadConfig({ CHATBOT_PORT: 'x' })).toThrow(/CHATBOT_PORT/);
    expect(() => loadConfig({ CHATBOT_RETENTION_DAYS: '0' })).toThrow(/CHATBOT_RETENTION_DAYS/);
    expect(() => loadConfig({ CHATBOT_ADMIN_TOKEN: 'short' })).toThrow(/CHATBOT_ADMIN_TOKEN/);
    expect(() => loadConfig({ CHATBOT_SMTP_URL: 'http://x' })).toThrow(/CHATBOT_SMTP_URL/);
    expect(() => loadConfig({ CHATBOT_BOTS: 'Library!' })).toThrow(/CHATBOT_BOTS/);
  });

  it('defaults to the two public bots', () => {
    expect(loadConfig({})).toMatchObject({ bots: ['businesskuopio', 'library'], internal: false, retentionDays: 90 });
  });
});
