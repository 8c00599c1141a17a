// Property-based: random bodies, params and query strings to every endpoint the app serves, as
// every role. Answers are 2xx, 3xx or 4xx, never 5xx, and the counts always match the rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';

describe('every endpoint under random input', () => {
  it('never answers 5xx and keeps vote and comment counts equal to their rows', async () => {
    const t = createTestApp();
    const cookies = [
      undefined,
      await t.login('staff'),
      await t.login('author'),
      await t.login('moderator', { role: 'moderator' }),
      await t.login('admin', { role: 'admin' }),
    ];
    for (const title of ['Pyörätelineet', 'Kirjastokortti puhelimeen', 'Etätyö perjantaisin']) {
      await t.req('POST', '/api/ideas', { cookie: cookies[2], json: { title, body: `${title}: kuvaus.` } });
    }
    const routes = t.app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
      .map((r) => ({ method: r.method, path: r.path }));
    // Real ids most of the time, so the handlers get past the 404 and do real work.
    const idArb = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }).map(String) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.constantFrom('-1', '0', '1e3', '99999999999999999999', '%2F', 'null') },
    );
    const valueArb = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('trending', 'top', 'new', 'answered', 'new', 'declined', '1', '-5', 'kirjasto', ''),
      fc.integer().map(String),
    );
    const queryArb = fc.dictionary(
      fc.constantFrom('sort', 'status', 'category', 'tag', 'q', 'cursor', 'limit', 'text', 'from', 'to', 'before', 'x'),
      valueArb,
      { maxKeys: 4 },
    );
    const bodyArb = fc.oneof(
      fc.constant(undefined),
      fc.json({ maxDepth: 3 }),
      fc.string({ maxLength: 200 }),
      fc
        .record(
          {
            title: fc.oneof(fc.string({ maxLength: 130 }), fc.integer()),
            body: fc.oneof(fc.string({ maxLength: 300 }), fc.constant(null)),
            status: fc.constantFrom('under_review', 'planned', 'implemented', 'declined', 'duplicate', 'nope'),
            response: fc.string({ maxLength: 50 }),
            mergeIntoId: fc.integer({ min: -1, max: 5 }),
            userId: fc.integer({ min: -1, max: 8 }),
            reason: fc.string({ maxLength: 40 }),
            kind: fc.constantFrom('keyword', 'category', 'org_unit', 'x'),
            value: fc.string({ maxLength: 20 }),
            ownerId: fc.integer({ min: 0, max: 8 }),
            categoryId: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constant(null)),
            tags: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
            username: fc.string({ maxLength: 20 }),
          },
          { requiredKeys: [] },
        )
        .map((r) => JSON.stringify(r)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.array(idArb, { minLength: 3, maxLength: 3 }),
        queryArb,
        bodyArb,
        fc.integer({ min: 0, max: cookies.length - 1 }),
        async (route, ids, query, body, who) => {
          // Leave the people themselves in place: deleting oneself is tested elsewhere.
          if (route.method === 'DELETE' && route.path === '/api/me') return;
          let n = 0;
          const path = route.path.replace(/:\w+/g, () => encodeURIComponent(ids[n++] ?? '1'));
          const qs = new URLSearchParams(query).toString();
          if (route.method === 'GET' || route.method === 'HEAD') body = undefined;
          const res = await t.req(route.method, `${path}${qs ? `?${qs}` : ''}`, {
            cookie: cookies[who],
            body: body === undefined ? undefined : String(body),
            headers: body === undefined ? {} : { 'content-type': 'application/json' },
          });
          expect(res.status, `${route.method} ${path}?${qs} ${String(body).slice(0, 200)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 400, seed: 20261125 },
    );
    const mismatched = t.db.$client
      .prepare(
        `SELECT i.id, i.vote_count, (SELECT count(*) FROM votes v WHERE v.idea_id = i.id) AS rows
           FROM ideas i WHERE i.vote_count <> (SELECT count(*) FROM votes v WHERE v.idea_id = i.id)`,
      )
      .all();
    expect(mismatched).toEqual([]);
    const comments = t.db.$client
      .prepare(
        `SELECT i.id FROM ideas i WHERE i.comment_count <>
           (SELECT count(*) FROM comments c WHERE c.idea_id = i.id AND c.kind = 'user' AND c.deleted_at IS NULL)`,
      )
      .all();
    expect(comments).toEqual([]);
  }, 120_000);
});
