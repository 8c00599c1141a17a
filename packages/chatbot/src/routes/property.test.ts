// Property-based: random bodies, params and query strings to every endpoint of the chatbot service,
// with and without the admin token. Answers are 2xx, 3xx or 4xx, never 5xx; the counters hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';

describe('every chatbot endpoint under random input', () => {
  it('never answers 5xx', async () => {
    const t = createTestApp({ env: { CHATBOT_BOTS: 'library' } });
    // A real session, so some requests get past the session check and do real work.
    const first = await t.send('library', { text: 'Miten saan kirjastokortin?' });
    const routes = t.app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
      .map((r) => ({ method: r.method, path: r.path }));
    const paramArb = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom('library', first.sessionId, String(first.messageId ?? 1), 'lib_pin_code'),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
      { weight: 1, arbitrary: fc.constantFrom('employer', 'nobody', '0', '-1', '%2F..', 'x'.repeat(300)) },
    );
    const queryArb = fc.dictionary(
      fc.constantFrom('lang', 'limit', 'before', 'from', 'to', 'format', 'botId', 'x'),
      fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('fi', 'sv', 'en', 'xx', '10', '-1', 'csv')),
      { maxKeys: 3 },
    );
    const textArb = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom('Hei!', 'kirjastokortti hukassa', 'pin-koodi', '🙂🙂🙂', 'x'.repeat(1200), '', '   '),
    );
    const bodyArb = fc.oneof(
      fc.constant(undefined),
      fc.json({ maxDepth: 3 }),
      fc.string({ maxLength: 200 }),
      fc
        .record(
          {
            text: textArb,
            choice: fc.oneof(fc.constantFrom('lib_pin_code', 'something_else', 'nope'), fc.string({ maxLength: 20 })),
            sessionId: fc.oneof(fc.constant(first.sessionId), fc.string({ maxLength: 40 })),
            lang: fc.constantFrom('fi', 'sv', 'en', 'de', ''),
            messageId: fc.oneof(fc.integer({ min: -1, max: 50 }), fc.string({ maxLength: 5 })),
            helpful: fc.oneof(fc.boolean(), fc.constant('yes')),
            name: fc.string({ maxLength: 40 }),
            email: fc.oneof(fc.constant('maija@example.fi'), fc.string({ maxLength: 30 })),
            phone: fc.oneof(fc.constant('040 123 4567'), fc.string({ maxLength: 20 })),
            message: fc.string({ maxLength: 100 }),
            consent: fc.oneof(fc.boolean(), fc.constant('true')),
            intentId: fc.constantFrom('lib_pin_code', 'nope', ''),
          },
          { requiredKeys: [] },
        )
        .map((r) => JSON.stringify(r)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.array(paramArb, { minLength: 3, maxLength: 3 }),
        queryArb,
        bodyArb,
        fc.boolean(),
        async (route, params, query, body, admin) => {
          let n = 0;
          const path = route.path.replace(/:\w+/g, () => encodeURIComponent(params[n++] ?? 'library'));
          const qs = new URLSearchParams(query).toString();
          const hasBody = body !== undefined && route.method !== 'GET' && route.method !== 'HEAD';
          const res = await t.req(route.method, `${path}${qs ? `?${qs}` : ''}`, {
            admin,
            body: hasBody ? String(body) : undefined,
            headers: hasBody ? { 'content-type': 'application/json' } : {},
          });
          expect(res.status, `${route.method} ${path}?${qs} ${String(body).slice(0, 200)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 300, seed: 20261125 },
    );
    const stored = t.db.$client.prepare("SELECT count(*) AS n FROM messages WHERE role = 'user'").get() as {
      n: number;
    };
    expect(stored.n).toBeGreaterThan(0);
  }, 180_000);
});
