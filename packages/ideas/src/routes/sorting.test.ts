import { describe, expect, it } from 'vitest';
import { categories } from '../db/schema.ts';
import { createTestApp, type TestApp } from '../test-app.ts';

const DAY = 86_400_000;

async function submit(t: TestApp, cookie: string, title: string, categoryId?: number): Promise<number> {
  return (await (await t.req('POST', '/api/ideas', { cookie, json: { title, body: 'x', categoryId } })).json()).id;
}

async function ids(t: TestApp, cookie: string, qs: string): Promise<number[]> {
  return (await (await t.req('GET', `/api/ideas?${qs}`, { cookie })).json()).items.map((i: { id: number }) => i.id);
}

describe('sorting', () => {
  it('trending decays votes over time: a week-old idea needs twice the votes of a fresh one', async () => {
    const t = createTestApp({ env: { IDEAS_SESSION_HOURS: '720' } });
    const author = await t.login('author');
    const voters = await Promise.all(Array.from({ length: 7 }, (_, i) => t.login(`v${i}`)));
    const old = await submit(t, author, 'Vanha idea');
    for (const v of voters) await t.req('PUT', `/api/ideas/${old}/vote`, { cookie: v });
    t.advance(14 * DAY);
    const fresh = await submit(t, author, 'Tuore idea');
    for (const v of voters.slice(0, 2)) await t.req('PUT', `/api/ideas/${fresh}/vote`, { cookie: v });
    // old: log2(8) = 3, two weeks older → 3 - 2 = 1; fresh: log2(3) ≈ 1.58
    expect(await ids(t, author, 'sort=trending')).toEqual([fresh, old]);
    expect(await ids(t, author, 'sort=top')).toEqual([old, fresh]);
  });

  it('lists recently answered ideas by their answer time', async () => {
    const t = createTestApp({ env: { IDEAS_SESSION_HOURS: '720' } });
    const author = await t.login('author');
    const admin = await t.login('admin', { role: 'admin' });
    const a = await submit(t, author, 'Ensimmäinen');
    const b = await submit(t, author, 'Toinen');
    await submit(t, author, 'Vastaamaton');
    t.advance(DAY);
    await t.req('POST', `/api/ideas/${b}/status`, {
      cookie: admin,
      json: { status: 'under_review', response: 'Katsotaan.' },
    });
    t.advance(DAY);
    await t.req('POST', `/api/ideas/${a}/status`, {
      cookie: admin,
      json: { status: 'under_review', response: 'Selvitetään.' },
    });
    await t.req('POST', `/api/ideas/${b}/status`, { cookie: admin, json: { status: 'planned' } });
    expect(await ids(t, author, 'sort=answered')).toEqual([a, b]);
    expect(await ids(t, author, 'status=under_review')).toEqual([a]);
  });

  it('filters a service area with the services under it', async () => {
    const t = createTestApp();
    const [area] = t.db
      .insert(categories)
      .values({ slug: 'hyv', nameFi: 'Hyvinvointi', nameSv: 'V', nameEn: 'W' })
      .returning()
      .all();
    const [child] = t.db
      .insert(categories)
      .values({ slug: 'liikunta', nameFi: 'Liikunta', nameSv: 'Idrott', nameEn: 'Sports', parentId: area?.id })
      .returning()
      .all();
    const author = await t.login('author');
    const inArea = await submit(t, author, 'Alueen idea', area?.id);
    const inChild = await submit(t, author, 'Liikunnan idea', child?.id);
    await submit(t, author, 'Muu idea', t.categoryId);
    expect((await ids(t, author, `sort=new&category=${area?.id}`)).sort()).toEqual([inArea, inChild].sort());
    expect(await ids(t, author, `sort=new&category=${child?.id}`)).toEqual([inChild]);
  });
});
