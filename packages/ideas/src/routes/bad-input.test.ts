import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';

const ENDPOINTS: [string, string][] = [
  ['POST', '/auth/dev/login'],
  ['GET', '/api/ideas'],
  ['POST', '/api/ideas'],
  ['GET', '/api/ideas/similar'],
  ['GET', '/api/ideas/:id'],
  ['PATCH', '/api/ideas/:id'],
  ['DELETE', '/api/ideas/:id'],
  ['PUT', '/api/ideas/:id/vote'],
  ['DELETE', '/api/ideas/:id/vote'],
  ['GET', '/api/ideas/:id/comments'],
  ['POST', '/api/ideas/:id/comments'],
  ['PATCH', '/api/ideas/:id/comments/:c'],
  ['DELETE', '/api/ideas/:id/comments/:c'],
  ['POST', '/api/ideas/:id/comments/:c/hide'],
  ['DELETE', '/api/ideas/:id/comments/:c/hide'],
  ['POST', '/api/ideas/:id/status'],
  ['PUT', '/api/ideas/:id/owner'],
  ['PUT', '/api/ideas/:id/subscription'],
  ['DELETE', '/api/ideas/:id/subscription'],
  ['PATCH', '/api/categories/:id'],
  ['GET', '/api/users'],
  ['POST', '/api/owner-rules'],
  ['DELETE', '/api/owner-rules/:id'],
  ['GET', '/api/stats'],
  ['GET', '/api/audit-log'],
  ['GET', '/feed.atom'],
];

const IDS = ['999999', '0', '-1', 'abc', '1.5', '99999999999999999999', '%00', "1'"];
const BODIES: (string | undefined)[] = [
  undefined,
  '',
  '{',
  'null',
  '[]',
  '"text"',
  '42',
  '{"title":null,"body":[],"status":{},"userId":"x","reason":1,"kind":[]}',
  '{"title":"x".repeat}',
  JSON.stringify({ title: 'ok title', body: 'x'.repeat(20_000), status: 'planned', userId: 1e308, reason: '' }),
  JSON.stringify({ body: 'y'.repeat(300_000) }),
  '\u0000\u0001binary\uFFFF',
];
const QUERIES = [
  '',
  '?limit=-5',
  '?sort[]=x',
  '?q=%22',
  '?text=*',
  '?cursor=e30',
  '?from=2026-13-45',
  '?before=abc',
  '?category=1e9',
];

describe('bad input on every endpoint', () => {
  it('answers 4xx problems and never a 5xx', async () => {
    const t = createTestApp();
    const admin = await t.login('admin', { role: 'admin' });
    const staff = await t.login('staff');
    const idea = await (
      await t.req('POST', '/api/ideas', { cookie: staff, json: { title: 'Kohde', body: 'x' } })
    ).json();
    const failures: string[] = [];
    let checked = 0;
    for (const [method, template] of ENDPOINTS) {
      for (const id of [...IDS, String(idea.id)]) {
        for (const cookie of [undefined, staff, admin]) {
          const path = template.replace(':id', id).replace(':c', id);
          const bodies = method === 'GET' || method === 'DELETE' ? [undefined] : BODIES;
          const queries = method === 'GET' ? QUERIES : [''];
          for (const body of bodies) {
            for (const query of queries) {
              const res = await t.req(method, `${path}${query}`, {
                cookie,
                body,
                headers: body === undefined ? {} : { 'content-type': 'application/json' },
              });
              checked++;
              if (res.status >= 500) failures.push(`${method} ${path}${query} ${body?.slice(0, 30)} → ${res.status}`);
              if (res.status >= 400 && !res.headers.get('content-type')?.includes('problem+json')) {
                failures.push(`${method} ${path}${query} → ${res.status} without a problem body`);
              }
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
