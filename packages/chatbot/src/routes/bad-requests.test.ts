// Every way a request can be wrong gets a 4xx problem a person can act on, never a 500.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';

const t = createTestApp({ env: { CHATBOT_BOTS: 'library' } });
const UNKNOWN_SESSION = '00000000-0000-4000-8000-000000000000';

async function problem(res: Response, status: number, type?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = await res.json();
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  if (type) expect(body.type).toBe(type);
  return body;
}

const post = (json: unknown, path = '/api/bots/library/messages') => t.req('POST', path, { json });

describe('bad requests', () => {
  it('refuses an empty or blank text', async () => {
    const body = await problem(await post({ text: '' }), 400, '/problems/validation');
    expect(body.errors[0]).toMatchObject({ path: 'text', message: 'The text is empty.' });
    await problem(await post({ text: '   \n ' }), 400);
    await problem(await post({}), 400);
  });

  it('refuses a 10 kB text as too long, and a larger body as too large', async () => {
    const body = await problem(await post({ text: 'kirja '.repeat(1_700) }), 400);
    expect(body.errors[0].message).toMatch(/at most 1000 characters/);
    await problem(await post({ text: 'x'.repeat(40_000) }), 413, '/problems/body-too-large');
  });

  it('refuses binary', async () => {
    const bytes = new Uint8Array([0, 159, 146, 150, 255, 0, 1, 2]);
    await problem(
      await t.req('POST', '/api/bots/library/messages', {
        body: bytes,
        headers: { 'content-type': 'application/octet-stream' },
      }),
      415,
    );
    await problem(
      await t.req('POST', '/api/bots/library/messages', {
        body: bytes,
        headers: { 'content-type': 'application/json' },
      }),
      400,
      '/problems/invalid-json',
    );
    const body = await problem(await post({ text: 'abc\u0000\u0001\u0002def' }), 400);
    expect(body.errors[0].message).toMatch(/plain text/);
  });

  it('names a bot that is not served here', async () => {
    const body = await problem(
      await post({ text: 'Hei' }, '/api/bots/nobody/messages'),
      404,
      '/problems/bot-not-found',
    );
    expect(body.detail).toContain('library');
    await problem(await post({ text: 'Hei' }, '/api/bots/employer/messages'), 404);
    await problem(await post({ text: 'Hei' }, '/api/bots/Library!/messages'), 400);
    await problem(await t.req('GET', '/api/bots/nobody'), 404);
  });

  it('refuses a wrong session', async () => {
    await problem(await post({ text: 'Hei', sessionId: UNKNOWN_SESSION }), 404, '/problems/session-not-found');
    const body = await problem(await post({ text: 'Hei', sessionId: 'abc' }), 400);
    expect(body.errors[0].path).toBe('sessionId');
    await problem(await t.req('DELETE', `/api/bots/library/sessions/${UNKNOWN_SESSION}`), 404);
  });

  it('refuses bad feedback and contact requests', async () => {
    const reply = await t.send('library', { text: 'Hei' });
    const feedback = (json: unknown) => t.req('POST', '/api/bots/library/feedback', { json });
    await problem(await feedback({ sessionId: reply.sessionId, messageId: 999_999, helpful: true }), 404);
    await problem(await feedback({ sessionId: reply.sessionId, messageId: reply.messageId, helpful: 'yes' }), 400);
    const contact = (json: unknown) => t.req('POST', '/api/bots/library/contact-requests', { json });
    const base = { sessionId: reply.sessionId, name: 'Maija', message: 'Soittakaa', consent: true };
    const noWay = await problem(await contact(base), 400);
    expect(noWay.errors[0]).toMatchObject({ path: 'email' });
    await problem(await contact({ ...base, email: 'not-an-email' }), 400);
    await problem(await contact({ ...base, phone: 'call me' }), 400);
    const consent = await problem(await contact({ ...base, email: 'm@example.fi', consent: false }), 400);
    expect(consent.errors[0].path).toBe('consent');
    await problem(await contact({ ...base, email: 'm@example.fi', target: 'nobody' }), 400, '/problems/unknown-target');
    await problem(await contact({ ...base, email: 'm@example.fi', sessionId: UNKNOWN_SESSION }), 404);
  });

  it('limits contact requests per address and says when to try again', async () => {
    const limited = createTestApp({ env: { CHATBOT_BOTS: 'library', CHATBOT_RATE_LIMIT: '1' }, bots: t.bots });
    const reply = await limited.send('library', { text: 'Hei' });
    const json = {
      sessionId: reply.sessionId,
      name: 'Maija',
      email: 'm@example.fi',
      message: 'Soittakaa',
      consent: true,
    };
    for (let i = 0; i < 10; i++) {
      expect((await limited.req('POST', '/api/bots/library/contact-requests', { json })).status).toBe(201);
    }
    const res = await limited.req('POST', '/api/bots/library/contact-requests', { json });
    await problem(res, 429, '/problems/rate-limited');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    limited.advance(60 * 60_000);
    expect((await limited.req('POST', '/api/bots/library/contact-requests', { json })).status).toBe(201);
  });

  it('has no live chat when none is configured', async () => {
    const reply = await t.send('library', { text: 'Hei' });
    await problem(
      await t.req('POST', '/api/bots/library/live-chat-requests', { json: { sessionId: reply.sessionId } }),
      404,
      '/problems/live-chat-not-configured',
    );
  });
});
