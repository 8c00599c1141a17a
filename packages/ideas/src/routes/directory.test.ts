import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';

describe('subscriptions and people', () => {
  it('subscribes authors automatically and lets anyone follow or unfollow', async () => {
    const t = createTestApp();
    const author = await t.login('author');
    const reader = await t.login('reader');
    const id = (
      await (await t.req('POST', '/api/ideas', { cookie: author, json: { title: 'Seurattava', body: 'x' } })).json()
    ).id;
    expect((await (await t.req('GET', `/api/ideas/${id}`, { cookie: author })).json()).subscribed).toBe(true);
    expect((await (await t.req('GET', `/api/ideas/${id}`, { cookie: reader })).json()).subscribed).toBe(false);
    expect(await (await t.req('PUT', `/api/ideas/${id}/subscription`, { cookie: reader })).json()).toEqual({
      subscribed: true,
    });
    expect(await (await t.req('PUT', `/api/ideas/${id}/subscription`, { cookie: reader })).json()).toEqual({
      subscribed: true,
    });
    expect((await (await t.req('GET', `/api/ideas/${id}`, { cookie: reader })).json()).subscribed).toBe(true);
    expect(await (await t.req('DELETE', `/api/ideas/${id}/subscription`, { cookie: author })).json()).toEqual({
      subscribed: false,
    });
    expect((await (await t.req('GET', `/api/ideas/${id}`, { cookie: author })).json()).subscribed).toBe(false);
    expect((await t.req('PUT', '/api/ideas/999/subscription', { cookie: reader })).status).toBe(404);
    expect((await t.req('PUT', `/api/ideas/${id}/subscription`)).status).toBe(401);
  });

  it('finds people by name or org unit', async () => {
    const t = createTestApp();
    const cookie = await t.login('kirsi', { displayName: 'Kirsi Kärkkäinen', orgUnit: 'Kirjastopalvelut' });
    await t.login('ville', { displayName: 'Ville Väisänen', orgUnit: 'Ympäristöpalvelut' });
    const byName = await (await t.req('GET', '/api/users?q=Kärkk', { cookie })).json();
    expect(byName.items.map((u: { displayName: string }) => u.displayName)).toEqual(['Kirsi Kärkkäinen']);
    const byUnit = await (await t.req('GET', '/api/users?q=ympäristö', { cookie })).json();
    expect(byUnit.items).toEqual([
      { id: expect.any(Number), displayName: 'Ville Väisänen', orgUnit: 'Ympäristöpalvelut' },
    ]);
    expect((await t.req('GET', '/api/users')).status).toBe(401);
  });
});
