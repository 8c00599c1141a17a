import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';

describe('Finnish-friendly search', () => {
  it('finds ideas by inflected forms (stems) and by word beginnings (prefixes)', async () => {
    const t = createTestApp();
    const staff = await t.login('staff');
    const post = (title: string, body: string) => t.req('POST', '/api/ideas', { cookie: staff, json: { title, body } });
    const bikes = await (await post('Pyörätelineitä lisää', 'Kirjaston edessä on liian vähän pyörätelineitä.')).json();
    const card = await (await post('Kirjastokortti puhelimeen', 'Mobiili kirjastokortti.')).json();
    const titles = async (q: string) =>
      (await (await t.req('GET', `/api/ideas?q=${encodeURIComponent(q)}`, { cookie: staff })).json()).items.map(
        (i: { id: number }) => i.id,
      );
    expect(await titles('pyörätelineet')).toEqual([bikes.id]);
    expect(await titles('kirjastokorttia')).toEqual([card.id]);
    expect(await titles('pyörä')).toEqual([bikes.id]);
    // A stem also matches the start of a compound: kirjaston → kirjasto… → kirjastokortti too.
    expect((await titles('kirjaston')).sort()).toEqual([bikes.id, card.id].sort());
    expect(await titles('kirjastokortin')).toEqual([card.id]);
    expect(await titles('sateenvarjo')).toEqual([]);
  });
});
