import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDb } from './db/client.ts';
import { categories } from './db/schema.ts';
import { seedDemoData } from './db/seed.ts';

function setup() {
  const db = openDb(':memory:');
  const app = createApp({ db, config: loadConfig({}), logger: pino({ level: 'silent' }), clock: () => 0 });
  return { app, db };
}

describe('ideas app', () => {
  it('answers GET /health', async () => {
    const res = await setup().app.request('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await setup().app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('seeds demo data only into an empty database', () => {
    const { db } = setup();
    expect(seedDemoData(db)).toBe(true);
    expect(seedDemoData(db)).toBe(false);
    expect(db.select().from(categories).all().length).toBeGreaterThanOrEqual(4);
  });
});

describe('ideas config', () => {
  it('refuses the dev login in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_MODE: dev login is not allowed/);
    const providers = JSON.stringify([
      { id: 'kuopio', label: 'Kuopio', issuer: 'https://login.example', clientId: 'c', clientSecret: 's' },
    ]);
    const secret = 'x'.repeat(32);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        AUTH_MODE: 'oidc',
        IDEAS_OIDC_PROVIDERS: providers,
        IDEAS_SESSION_SECRET: secret,
      }).production,
    ).toBe(true);
  });

  it('needs identity providers and a session secret for OIDC, naming the bad field', () => {
    expect(() => loadConfig({ AUTH_MODE: 'oidc', IDEAS_SESSION_SECRET: 'x'.repeat(32) })).toThrow(
      /IDEAS_OIDC_PROVIDERS: AUTH_MODE=oidc needs at least one/,
    );
    expect(() => loadConfig({ AUTH_MODE: 'oidc', IDEAS_OIDC_PROVIDERS: '[]' })).toThrow(/IDEAS_SESSION_SECRET/);
    expect(() => loadConfig({ IDEAS_OIDC_PROVIDERS: '{oops' })).toThrow(/IDEAS_OIDC_PROVIDERS: not valid JSON/);
    expect(() => loadConfig({ IDEAS_OIDC_PROVIDERS: JSON.stringify([{ id: 'A B', label: 'x' }]) })).toThrow(
      /IDEAS_OIDC_PROVIDERS: .*\[0\.id\].*\[0\.issuer\]/s,
    );
    expect(() => loadConfig({ IDEAS_SESSION_SECRET: 'short' })).toThrow(/IDEAS_SESSION_SECRET/);
  });

  it('names a bad port variable', () => {
    expect(() => loadConfig({ IDEAS_PORT: '70000' })).toThrow(/IDEAS_PORT/);
  });
});
