import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';

const INTRANET = 'https://intranet.kuopio.fi';

describe('security headers', () => {
  it('sends a CSP that lets the widget run, frame-ancestors for the intranet, and no sniffing', async () => {
    const t = createTestApp({ env: { IDEAS_FRAME_ANCESTORS: INTRANET, IDEAS_CHAT_URL: 'https://botit.kuopio.fi' } });
    const res = await t.req('GET', '/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`frame-ancestors 'self' ${INTRANET}`);
    expect(csp).toContain("connect-src 'self' https://botit.kuopio.fi");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    // The embed script is a cross-origin module script on the intranet page.
    const widget = await t.req('GET', '/widget/ideas.js');
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(widget.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('CORS and cross-site requests', () => {
  it('lets configured sites call the API with the staff cookie, and nobody else', async () => {
    const t = createTestApp({ env: { IDEAS_CORS_ORIGINS: INTRANET } });
    const preflight = await t.req('OPTIONS', '/api/ideas', {
      headers: { origin: INTRANET, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(INTRANET);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    const stranger = await t.req('OPTIONS', '/api/ideas', {
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses cookie mutations from another site (CSRF) and accepts its own and configured origins', async () => {
    const t = createTestApp({ env: { IDEAS_CORS_ORIGINS: INTRANET, IDEAS_PUBLIC_URL: 'https://ideat.kuopio.fi' } });
    const cookie = await t.login('staff');
    const idea = await (
      await t.req('POST', '/api/ideas', { cookie, json: { title: 'Sateenvarjot', body: 'Lainaan.' } })
    ).json();
    const author = await t.login('author2');
    const vote = (headers: Record<string, string>) =>
      t.req('PUT', `/api/ideas/${idea.id}/vote`, { cookie: author, headers });
    const forged = await vote({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ type: expect.stringContaining('cross-site-request') });
    expect((await vote({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const form = await t.req('POST', '/api/ideas', {
      cookie: author,
      headers: { origin: 'null', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'title=x',
    });
    expect(form.status).toBe(403);
    expect((await vote({ origin: 'https://ideat.kuopio.fi', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await vote({ origin: INTRANET, 'sec-fetch-site': 'same-site' })).status).toBe(200);
    // Reads are never blocked.
    expect((await t.req('GET', '/api/ideas', { cookie, headers: { origin: 'https://evil.example' } })).status).toBe(
      200,
    );
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After after too many accepted submissions, per person', async () => {
    const t = createTestApp();
    const cookie = await t.login('innokas');
    const post = (i: number) =>
      t.req('POST', '/api/ideas', { cookie, json: { title: `Idea numero ${i}`, body: 'Kuvaus.' } });
    // Rejected input does not count.
    for (let i = 0; i < 12; i++) expect((await t.req('POST', '/api/ideas', { cookie, json: {} })).status).toBe(400);
    for (let i = 0; i < 10; i++) expect((await post(i)).status).toBe(201);
    const limited = await post(11);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Someone else still can; and after the window the person can again.
    expect(
      (await t.req('POST', '/api/ideas', { cookie: await t.login('toinen'), json: { title: 'Oma idea', body: 'x' } }))
        .status,
    ).toBe(201);
    t.advance(3600_000);
    const again = await t.login('innokas');
    expect((await t.req('POST', '/api/ideas', { cookie: again, json: { title: 'Taas idea', body: 'x' } })).status).toBe(
      201,
    );
  });

  it('limits votes per person per minute and can be turned off', async () => {
    const t = createTestApp();
    const author = await t.login('author');
    const idea = await (
      await t.req('POST', '/api/ideas', { cookie: author, json: { title: 'Idea', body: 'x' } })
    ).json();
    const voter = await t.login('voter');
    let last = 0;
    for (let i = 0; i < 121; i++) last = (await t.req('PUT', `/api/ideas/${idea.id}/vote`, { cookie: voter })).status;
    expect(last).toBe(429);
    const off = createTestApp({ env: { IDEAS_RATE_LIMIT: '0' } });
    const a = await off.login('a');
    const i2 = await (await off.req('POST', '/api/ideas', { cookie: a, json: { title: 'Idea', body: 'x' } })).json();
    const v = await off.login('v');
    for (let i = 0; i < 130; i++)
      expect((await off.req('PUT', `/api/ideas/${i2.id}/vote`, { cookie: v })).status).toBe(200);
  });
});
