import { describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';

const DAY = 86_400_000;

async function me(t: TestApp, cookie: string): Promise<number> {
  return (await (await t.req('GET', '/api/me', { cookie })).json()).id;
}

describe('owner rules API', () => {
  it('lets admins add, list and remove rules; others get 403', async () => {
    const t = createTestApp();
    const admin = await t.login('admin', { role: 'admin' });
    const staff = await t.login('staff');
    const moderator = await t.login('mod', { role: 'moderator' });
    const ownerId = await me(t, await t.login('owner', { displayName: 'Olli' }));
    const rule = { kind: 'keyword', value: 'kirjastokortti', ownerId, priority: 5 };
    for (const cookie of [staff, moderator]) {
      expect((await t.req('POST', '/api/owner-rules', { cookie, json: rule })).status).toBe(403);
      expect((await t.req('GET', '/api/owner-rules', { cookie })).status).toBe(403);
    }
    const created = await t.req('POST', '/api/owner-rules', { cookie: admin, json: rule });
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({
      kind: 'keyword',
      value: 'kirjastokortti',
      owner: { id: ownerId, displayName: 'Olli' },
      priority: 5,
    });
    const cat = await t.req('POST', '/api/owner-rules', {
      cookie: admin,
      json: { kind: 'category', categoryId: t.categoryId, ownerId },
    });
    expect(cat.status).toBe(201);
    expect((await (await t.req('GET', '/api/owner-rules', { cookie: admin })).json()).items).toHaveLength(2);
    expect((await t.req('DELETE', `/api/owner-rules/${body.id}`, { cookie: staff })).status).toBe(403);
    expect((await t.req('DELETE', `/api/owner-rules/${body.id}`, { cookie: admin })).status).toBe(204);
    expect((await t.req('DELETE', `/api/owner-rules/${body.id}`, { cookie: admin })).status).toBe(404);
  });

  it('names the bad field of a rule', async () => {
    const t = createTestApp();
    const admin = await t.login('admin', { role: 'admin' });
    const ownerId = await me(t, admin);
    for (const [json, path] of [
      [{ kind: 'team', value: 'x', ownerId }, 'kind'],
      [{ kind: 'keyword', value: '', ownerId }, 'value'],
      [{ kind: 'category', ownerId }, 'categoryId'],
      [{ kind: 'keyword', value: 'x', ownerId: 999 }, 'ownerId'],
      [{ kind: 'keyword', value: 'x' }, 'ownerId'],
      [{ kind: 'category', categoryId: 999, ownerId }, 'categoryId'],
    ] as const) {
      const res = await t.req('POST', '/api/owner-rules', { cookie: admin, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect((await res.json()).errors[0].path).toBe(path);
    }
  });
});

describe('categories', () => {
  it('lists categories publicly and lets admins set the default owner', async () => {
    const t = createTestApp();
    const admin = await t.login('admin', { role: 'admin' });
    const ownerId = await me(t, await t.login('owner', { displayName: 'Olli' }));
    const list = await (await t.req('GET', '/api/categories')).json();
    expect(list.items[0]).toMatchObject({
      id: t.categoryId,
      name: { fi: 'Kirjastot', sv: 'Bibliotek', en: 'Libraries' },
      defaultOwner: null,
    });
    const path = `/api/categories/${t.categoryId}`;
    expect(
      (await t.req('PATCH', path, { cookie: await t.login('staff'), json: { defaultOwnerId: ownerId } })).status,
    ).toBe(403);
    const res = await t.req('PATCH', path, { cookie: admin, json: { defaultOwnerId: ownerId } });
    expect((await res.json()).defaultOwner).toEqual({ id: ownerId, displayName: 'Olli' });
    expect((await t.req('PATCH', path, { cookie: admin, json: { defaultOwnerId: 999 } })).status).toBe(400);
    expect((await t.req('PATCH', '/api/categories/999', { cookie: admin, json: {} })).status).toBe(404);
  });
});

describe('stats and export', () => {
  it('counts ideas per status and category, response times, the window share and participation', async () => {
    const t = createTestApp({ env: { IDEAS_RESPONSE_DAYS: '14', IDEAS_SESSION_HOURS: '720' } });
    const admin = await t.login('admin', { role: 'admin', orgUnit: 'Konsernipalvelut' });
    const a = await t.login('a', { orgUnit: 'Kirjastopalvelut' });
    const b = await t.login('b', { orgUnit: 'Kirjastopalvelut' });
    const c = await t.login('c', { orgUnit: 'Liikuntapalvelut' });
    const submit = async (cookie: string, title: string, categoryId?: number) =>
      (await (await t.req('POST', '/api/ideas', { cookie, json: { title, body: 'Kuvaus.', categoryId } })).json()).id;
    const i1 = await submit(a, 'Ensimmäinen idea', t.categoryId);
    const i2 = await submit(b, 'Toinen idea', t.categoryId);
    const i3 = await submit(c, 'Kolmas idea');
    await t.req('PUT', `/api/ideas/${i1}/vote`, { cookie: b });
    await t.req('PUT', `/api/ideas/${i1}/vote`, { cookie: c });
    await t.req('POST', `/api/ideas/${i2}/comments`, { cookie: c, json: { body: 'Hyvä' } });
    t.advance(2 * DAY);
    await t.req('POST', `/api/ideas/${i1}/status`, { cookie: admin, json: { status: 'under_review' } });
    t.advance(18 * DAY);
    await t.req('POST', `/api/ideas/${i2}/status`, { cookie: admin, json: { status: 'under_review' } });
    expect((await t.req('GET', '/api/stats', { cookie: a })).status).toBe(403);
    const stats = await (await t.req('GET', '/api/stats', { cookie: admin })).json();
    expect(stats.totals).toEqual({ ideas: 3, votes: 2, comments: 1 });
    expect(stats.byStatus).toEqual([
      { status: 'under_review', count: 2 },
      { status: 'new', count: 1 },
    ]);
    expect(stats.byCategory).toEqual([
      { categoryId: t.categoryId, name: 'Kirjastot', count: 2 },
      { categoryId: null, name: 'Ei luokkaa', count: 1 },
    ]);
    expect(stats.medianHoursToFirstResponse).toBe(11 * 24);
    expect(stats.answeredWithinWindowShare).toBeCloseTo(1 / 3, 3);
    expect(stats.participationByOrgUnit).toEqual([
      { orgUnit: 'Kirjastopalvelut', ideas: 2, votes: 1, comments: 0, people: 2 },
      { orgUnit: 'Liikuntapalvelut', ideas: 1, votes: 1, comments: 1, people: 1 },
    ]);
    const none = await (await t.req('GET', '/api/stats?from=2030-01-01', { cookie: admin })).json();
    expect(none.totals.ideas).toBe(0);
    expect(none.medianHoursToFirstResponse).toBeNull();
    expect((await t.req('GET', '/api/stats?from=yesterday', { cookie: admin })).status).toBe(400);

    expect((await t.req('GET', '/api/export.csv', { cookie: a })).status).toBe(403);
    const csv = await t.req('GET', '/api/export.csv', { cookie: admin });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,title,status,category/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`${i1},Ensimmäinen idea,under_review,Kirjastot`);
    expect(lines[3]).toContain(`${i3},Kolmas idea,new,`);
  });

  it('defuses spreadsheet formulas in the CSV', async () => {
    const t = createTestApp();
    const admin = await t.login('admin', { role: 'admin' });
    await t.req('POST', '/api/ideas', { cookie: admin, json: { title: '=HYPERLINK("x")', body: 'x' } });
    const text = await (await t.req('GET', '/api/export.csv', { cookie: admin })).text();
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('feed and API docs', () => {
  it('serves an Atom feed of new and answered ideas, per category, without anonymous authors', async () => {
    const t = createTestApp({ env: { IDEAS_PUBLIC_URL: 'https://ideat.kuopio.fi/' } });
    const a = await t.login('a', { displayName: 'Aino' });
    const admin = await t.login('admin', { role: 'admin' });
    const one = (
      await (
        await t.req('POST', '/api/ideas', {
          cookie: a,
          json: { title: 'Kirjasto & kahvila', body: 'x', categoryId: t.categoryId },
        })
      ).json()
    ).id;
    t.advance(1000);
    await t.req('POST', '/api/ideas', { cookie: a, json: { title: 'Salainen <idea>', body: 'x', anonymous: true } });
    t.advance(1000);
    await t.req('POST', `/api/ideas/${one}/status`, {
      cookie: admin,
      json: { status: 'declined', response: 'Ei tilaa.' },
    });
    const res = await t.req('GET', '/feed.atom');
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await res.text();
    expect(xml).toContain('<title>Ei toteuteta: Kirjasto &amp; kahvila</title>');
    expect(xml).toContain('<title>Uusi idea: Salainen &lt;idea&gt;</title>');
    expect(xml).toContain('<link href="https://ideat.kuopio.fi/#/ideas/1"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.match(/<name>Aino<\/name>/g)).toHaveLength(1);
    const perCategory = await (await t.req('GET', `/feed.atom?category=${t.categoryId}`)).text();
    expect(perCategory.match(/<entry>/g)).toHaveLength(1);
    expect((await t.req('GET', '/feed.atom?category=abc')).status).toBe(400);
  });

  it('publishes an OpenAPI document generated from the schemas and a docs page', async () => {
    const t = createTestApp();
    const doc = await (await t.req('GET', '/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const create = doc.paths['/api/ideas'].post;
    const schema = create.requestBody.content['application/json'].schema;
    expect(schema.properties.title).toMatchObject({ type: 'string', minLength: 3, maxLength: 120 });
    expect(schema.required).toEqual(['title', 'body']);
    expect(doc.paths['/api/ideas/{id}/vote'].put).toBeDefined();
    expect(doc.paths['/api/ideas'].get.parameters.map((p: { name: string }) => p.name)).toContain('sort');
    const docs = await t.req('GET', '/api/docs');
    expect(docs.headers.get('content-type')).toContain('text/html');
    expect(await docs.text()).toContain('/api/ideas/{id}/status');
  });
});
