import { describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';

async function submit(t: TestApp, cookie: string, json: Record<string, unknown>) {
  const res = await t.req('POST', '/api/ideas', { cookie, json: { body: 'Kuvaus.', ...json } });
  return { status: res.status, idea: await res.json() };
}

describe('submitting ideas', () => {
  it('stores the idea and answers 201 with the contract shape', async () => {
    const t = createTestApp();
    const cookie = await t.login('sami', { displayName: 'Sami Saarinen', orgUnit: 'Kirjastopalvelut' });
    const { status, idea } = await submit(t, cookie, {
      title: '  Kirjastokortti puhelimeen  ',
      body: 'Kortin voisi **näyttää** sovelluksesta. <script>alert(1)</script>',
      categoryId: t.categoryId,
      tags: ['Digi', 'kirjasto', 'digi'],
    });
    expect(status).toBe(201);
    expect(idea).toMatchObject({
      title: 'Kirjastokortti puhelimeen',
      status: 'new',
      category: { id: t.categoryId, name: { fi: 'Kirjastot' } },
      tags: ['digi', 'kirjasto'],
      author: { displayName: 'Sami Saarinen', orgUnit: 'Kirjastopalvelut' },
      voteCount: 0,
      commentCount: 0,
      votedByMe: false,
      subscribed: true,
      createdAt: '2026-03-02T08:00:00.000Z',
    });
    expect(idea.bodyHtml).toContain('<strong>näyttää</strong>');
    expect(idea.bodyHtml).not.toContain('<script');
    for (const key of ['id', 'body', 'owner', 'ownerReason']) expect(idea).toHaveProperty(key);
  });

  it('names each bad field in a 400 problem', async () => {
    const t = createTestApp();
    const cookie = await t.login('sami');
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'ab' }, 'title'],
      [{ title: 'x'.repeat(121) }, 'title'],
      [{ title: 42 }, 'title'],
      [{ title: 'Hyvä otsikko', body: 'x'.repeat(10_001) }, 'body'],
      [{ title: 'Hyvä otsikko', body: '' }, 'body'],
      [{ title: 'Hyvä otsikko', categoryId: 'kirjasto' }, 'categoryId'],
      [{ title: 'Hyvä otsikko', categoryId: 999 }, 'categoryId'],
      [{ title: 'Hyvä otsikko', tags: 'digi' }, 'tags'],
      [{ title: 'Hyvä otsikko', tags: ['<b>'] }, 'tags.0'],
      [{ title: 'Hyvä otsikko', anonymous: 'yes' }, 'anonymous'],
      [{ title: 'Hyvä otsikko', owner: 3 }, '(body)'],
    ];
    for (const [json, path] of cases) {
      const { status, idea } = await submit(t, cookie, json);
      expect(status, JSON.stringify(json)).toBe(400);
      expect(idea.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const missing = await t.req('POST', '/api/ideas', { cookie, json: {} });
    expect((await missing.json()).errors.map((e: { path: string }) => e.path)).toEqual(['title', 'body']);
    expect((await t.req('POST', '/api/ideas', { cookie, json: [] })).status).toBe(400);
    expect((await t.req('POST', '/api/ideas', { cookie, json: null })).status).toBe(400);
  });

  it('refuses huge bodies with a 413 problem', async () => {
    const t = createTestApp();
    const cookie = await t.login('sami');
    const res = await t.req('POST', '/api/ideas', { cookie, json: { title: 'Iso', body: 'x'.repeat(400_000) } });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('hides an anonymous author from staff but not from admins or the author', async () => {
    const t = createTestApp();
    const author = await t.login('author');
    const { idea } = await submit(t, author, { title: 'Nimetön idea', anonymous: true });
    const staff = await (await t.req('GET', `/api/ideas/${idea.id}`, { cookie: await t.login('staff') })).json();
    const admin = await (
      await t.req('GET', `/api/ideas/${idea.id}`, { cookie: await t.login('admin', { role: 'admin' }) })
    ).json();
    const own = await (await t.req('GET', `/api/ideas/${idea.id}`, { cookie: author })).json();
    expect(staff.author).toBeNull();
    expect(staff.anonymous).toBe(true);
    expect(admin.author.displayName).toBe('author');
    expect(own.author.displayName).toBe('author');
    const list = await (await t.req('GET', '/api/ideas?sort=new', { cookie: await t.login('staff') })).json();
    expect(list.items[0].author).toBeNull();
  });
});

describe('editing and deleting ideas', () => {
  it('lets the author and moderators edit, and no one else', async () => {
    const t = createTestApp();
    const author = await t.login('author');
    const { idea } = await submit(t, author, { title: 'Alkuperäinen' });
    const other = await t.login('other');
    const moderator = await t.login('mod', { role: 'moderator' });
    expect((await t.req('PATCH', `/api/ideas/${idea.id}`, { cookie: other, json: { title: 'Kaapattu' } })).status).toBe(
      403,
    );
    const edited = await t.req('PATCH', `/api/ideas/${idea.id}`, {
      cookie: author,
      json: { title: 'Parempi otsikko', tags: ['uusi'] },
    });
    expect(await edited.json()).toMatchObject({ title: 'Parempi otsikko', tags: ['uusi'] });
    const byMod = await t.req('PATCH', `/api/ideas/${idea.id}`, {
      cookie: moderator,
      json: { body: 'Siistitty *kuvaus*' },
    });
    expect((await byMod.json()).bodyHtml).toContain('<em>kuvaus</em>');
    expect((await t.req('PATCH', `/api/ideas/${idea.id}`, { cookie: author, json: {} })).status).toBe(400);
    expect((await t.req('PATCH', '/api/ideas/999', { cookie: author, json: { title: 'Mitä' } })).status).toBe(404);
    const search = await (await t.req('GET', '/api/ideas?q=parempi', { cookie: other })).json();
    expect(search.items.map((i: { id: number }) => i.id)).toEqual([idea.id]);
  });

  it('lets the author or a moderator delete; deleted ideas are gone from reads', async () => {
    const t = createTestApp();
    const author = await t.login('author');
    const a = (await submit(t, author, { title: 'Poistettava' })).idea;
    const b = (await submit(t, author, { title: 'Toinen poistettava' })).idea;
    const other = await t.login('other');
    expect((await t.req('DELETE', `/api/ideas/${a.id}`, { cookie: other })).status).toBe(403);
    expect((await t.req('DELETE', `/api/ideas/${a.id}`, { cookie: author })).status).toBe(204);
    expect(
      (await t.req('DELETE', `/api/ideas/${b.id}`, { cookie: await t.login('m', { role: 'moderator' }) })).status,
    ).toBe(204);
    expect((await t.req('GET', `/api/ideas/${a.id}`, { cookie: other })).status).toBe(404);
    expect((await t.req('DELETE', `/api/ideas/${a.id}`, { cookie: author })).status).toBe(404);
    expect((await (await t.req('GET', '/api/ideas', { cookie: other })).json()).items).toEqual([]);
  });
});

describe('listing and search', () => {
  async function seed(t: TestApp) {
    const a = await t.login('a');
    const titles = [
      ['Kirjastokortti puhelimeen', 'Lainaaminen ilman muovikorttia.', ['kirjasto']],
      ['Kirjastojen aukioloajat', 'Omatoimikirjastot auki myös sunnuntaisin.', ['kirjasto']],
      ['Pyörätelineet virastotalolle', 'Katettuja pyörätelineitä.', ['liikenne']],
      ['Etätyöpäivien kirjaus', 'Työajanseurantaan etätyö-valinta.', []],
    ] as const;
    const ids: number[] = [];
    for (const [title, body, tags] of titles) {
      t.advance(3_600_000);
      ids.push(
        (await submit(t, a, { title, body, tags, categoryId: tags[0] === 'kirjasto' ? t.categoryId : undefined })).idea
          .id,
      );
    }
    return ids;
  }

  it('sorts new, top and trending and filters by category, tag and status', async () => {
    const t = createTestApp();
    const ids = await seed(t);
    const voters = await Promise.all(['v1', 'v2', 'v3'].map((n) => t.login(n)));
    for (const v of voters) await t.req('PUT', `/api/ideas/${ids[0]}/vote`, { cookie: v });
    await t.req('PUT', `/api/ideas/${ids[2]}/vote`, { cookie: voters[0] });
    const get = async (qs: string) =>
      (await (await t.req('GET', `/api/ideas?${qs}`, { cookie: voters[0] })).json()).items.map(
        (i: { id: number }) => i.id,
      );
    expect(await get('sort=new')).toEqual([ids[3], ids[2], ids[1], ids[0]]);
    expect(await get('sort=top')).toEqual([ids[0], ids[2], ids[3], ids[1]]);
    expect((await get('sort=trending'))[0]).toBe(ids[0]);
    expect(await get(`sort=new&category=${t.categoryId}`)).toEqual([ids[1], ids[0]]);
    expect(await get('sort=new&tag=liikenne')).toEqual([ids[2]]);
    expect(await get('status=planned')).toEqual([]);
    expect(await get('sort=answered')).toEqual([]);
  });

  it('finds words by prefix and inflected forms', async () => {
    const t = createTestApp();
    const ids = await seed(t);
    const cookie = await t.login('reader');
    const search = async (q: string) =>
      (await (await t.req('GET', `/api/ideas?sort=new&q=${encodeURIComponent(q)}`, { cookie })).json()).items
        .map((i: { id: number }) => i.id)
        .sort();
    expect(await search('kirjasto')).toEqual([ids[0], ids[1]].sort());
    expect(await search('pyörä')).toEqual([ids[2]]);
    expect(await search('etätyö')).toEqual([ids[3]]);
    expect(await search('kirjasto sunnuntai')).toEqual([ids[1]]);
    expect(await search('"); DROP TABLE ideas; --')).toEqual([]);
    expect(await search('*')).toEqual([]);
  });

  it('pages with a cursor that stays stable while ideas are added', async () => {
    const t = createTestApp();
    const a = await t.login('a');
    const made: number[] = [];
    for (let i = 0; i < 7; i++) {
      t.advance(1000);
      made.push((await submit(t, a, { title: `Idea numero ${i}` })).idea.id);
    }
    const page1 = await (await t.req('GET', '/api/ideas?sort=new&limit=3', { cookie: a })).json();
    expect(page1.items.map((i: { id: number }) => i.id)).toEqual([made[6], made[5], made[4]]);
    t.advance(1000);
    await submit(t, a, { title: 'Väliin tullut idea' });
    const page2 = await (
      await t.req('GET', `/api/ideas?sort=new&limit=3&cursor=${page1.nextCursor}`, { cookie: a })
    ).json();
    expect(page2.items.map((i: { id: number }) => i.id)).toEqual([made[3], made[2], made[1]]);
    const page3 = await (
      await t.req('GET', `/api/ideas?sort=new&limit=3&cursor=${page2.nextCursor}`, { cookie: a })
    ).json();
    expect(page3.items.map((i: { id: number }) => i.id)).toEqual([made[0]]);
    expect(page3.nextCursor).toBeNull();
    const wrongSort = await t.req('GET', `/api/ideas?sort=top&cursor=${page1.nextCursor}`, { cookie: a });
    expect(wrongSort.status).toBe(400);
    expect((await t.req('GET', '/api/ideas?cursor=%%%', { cookie: a })).status).toBe(400);
  });

  it('rejects bad query parameters with a problem naming them', async () => {
    const t = createTestApp();
    const cookie = await t.login('a');
    for (const [qs, path] of [
      ['sort=hot', 'sort'],
      ['limit=0', 'limit'],
      ['limit=1000', 'limit'],
      ['status=done', 'status'],
      ['category=x', 'category'],
      [`q=${'x'.repeat(300)}`, 'q'],
    ]) {
      const res = await t.req('GET', `/api/ideas?${qs}`, { cookie });
      expect(res.status, qs).toBe(400);
      expect((await res.json()).errors[0].path).toBe(path);
    }
  });

  it('suggests similar ideas while typing', async () => {
    const t = createTestApp();
    const ids = await seed(t);
    const cookie = await t.login('reader');
    const res = await t.req('GET', `/api/ideas/similar?text=${encodeURIComponent('Kirjastokortti myös puhelimeen?')}`, {
      cookie,
    });
    const body = await res.json();
    expect(body.items[0]).toMatchObject({ id: ids[0], title: 'Kirjastokortti puhelimeen', status: 'new' });
    expect((await t.req('GET', '/api/ideas/similar?text=', { cookie })).status).toBe(400);
    expect((await t.req('GET', '/api/ideas/similar', { cookie })).status).toBe(400);
    expect((await (await t.req('GET', '/api/ideas/similar?text=%21%21', { cookie })).json()).items).toEqual([]);
  });
});
