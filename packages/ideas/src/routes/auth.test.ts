import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';

describe('dev login and sessions', () => {
  it('signs in with an httpOnly SameSite=Lax cookie and knows the user', async () => {
    const t = createTestApp();
    const res = await t.req('POST', '/auth/dev/login', {
      json: { username: 'maija', displayName: 'Maija Meikäläinen', role: 'moderator', orgUnit: 'Kirjastopalvelut' },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pulputtamo_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await t.req('GET', '/api/me', { cookie: cookie.split(';')[0] });
    expect(await me.json()).toMatchObject({
      displayName: 'Maija Meikäläinen',
      role: 'moderator',
      orgUnit: 'Kirjastopalvelut',
    });
  });

  it('answers 401 without a session, with a forged cookie and after logout', async () => {
    const t = createTestApp();
    expect((await t.req('GET', '/api/me')).status).toBe(401);
    expect((await t.req('GET', '/api/ideas', { cookie: 'pulputtamo_session=forged' })).status).toBe(401);
    const cookie = await t.login('ville');
    expect((await t.req('GET', '/api/me', { cookie })).status).toBe(200);
    expect((await t.req('POST', '/auth/logout', { cookie })).status).toBe(204);
    const after = await t.req('GET', '/api/me', { cookie });
    expect(after.status).toBe(401);
    expect(after.headers.get('content-type')).toBe('application/problem+json');
  });

  it('expires sessions after IDEAS_SESSION_HOURS', async () => {
    const t = createTestApp({ env: { IDEAS_SESSION_HOURS: '2' } });
    const cookie = await t.login('ville');
    t.advance(2 * 3600_000 - 1);
    expect((await t.req('GET', '/api/me', { cookie })).status).toBe(200);
    t.advance(1);
    expect((await t.req('GET', '/api/me', { cookie })).status).toBe(401);
  });

  it('is a 404 when AUTH_MODE=oidc', async () => {
    const provider = {
      id: 'kuopio',
      label: 'Kuopio',
      issuer: 'https://login.example',
      clientId: 'c',
      clientSecret: 's',
    };
    const t = createTestApp({
      env: {
        AUTH_MODE: 'oidc',
        IDEAS_SESSION_SECRET: 'x'.repeat(32),
        IDEAS_OIDC_PROVIDERS: JSON.stringify([provider]),
      },
    });
    const res = await t.req('POST', '/auth/dev/login', { json: { username: 'x' } });
    expect(res.status).toBe(404);
  });

  it('rejects bad login bodies with a 4xx problem naming the field', async () => {
    const t = createTestApp();
    for (const json of [
      {},
      { username: 5 },
      { username: 'a b' },
      { username: 'ok', role: 'root' },
      { username: 'ok', extra: 1 },
    ]) {
      const res = await t.req('POST', '/auth/dev/login', { json });
      expect(res.status).toBe(400);
    }
    const res = await t.req('POST', '/auth/dev/login', { json: { username: 'ok', role: 'root' } });
    expect((await res.json()).errors[0].path).toBe('role');
    expect(
      (await t.req('POST', '/auth/dev/login', { body: '{nope', headers: { 'content-type': 'application/json' } }))
        .status,
    ).toBe(400);
    expect((await t.req('POST', '/auth/dev/login', { body: 'username=x' })).status).toBe(415);
  });
});
