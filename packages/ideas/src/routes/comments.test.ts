import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';

async function setup() {
  const t = createTestApp();
  const author = await t.login('author');
  const alice = await t.login('alice', { displayName: 'Alice' });
  const bob = await t.login('bob');
  const moderator = await t.login('mod', { role: 'moderator' });
  const res = await t.req('POST', '/api/ideas', {
    cookie: author,
    json: { title: 'Kahvinkeitin', body: 'Taukotilaan.' },
  });
  const id = (await res.json()).id as number;
  return { t, author, alice, bob, moderator, id };
}

describe('comments', () => {
  it('creates comments with sanitised HTML and counts them', async () => {
    const { t, alice, id } = await setup();
    const res = await t.req('POST', `/api/ideas/${id}/comments`, {
      cookie: alice,
      json: { body: 'Hyvä [idea](javascript:alert(1)) <img src=x onerror=alert(1)>' },
    });
    expect(res.status).toBe(201);
    const c = await res.json();
    expect(c).toMatchObject({
      kind: 'user',
      author: { displayName: 'Alice' },
      editedAt: null,
      hidden: null,
      deleted: false,
    });
    expect(c.bodyHtml).not.toMatch(/javascript:|onerror/);
    const idea = await (await t.req('GET', `/api/ideas/${id}`, { cookie: alice })).json();
    expect(idea.commentCount).toBe(1);
    expect(idea.subscribed).toBe(true);
  });

  it('lets people edit and delete only their own comments', async () => {
    const { t, alice, bob, moderator, id } = await setup();
    const c = await (
      await t.req('POST', `/api/ideas/${id}/comments`, { cookie: alice, json: { body: 'Ensimmäinen' } })
    ).json();
    const path = `/api/ideas/${id}/comments/${c.id}`;
    expect((await t.req('PATCH', path, { cookie: bob, json: { body: 'Kaapattu' } })).status).toBe(403);
    expect((await t.req('PATCH', path, { cookie: moderator, json: { body: 'Kaapattu' } })).status).toBe(403);
    t.advance(60_000);
    const edited = await (await t.req('PATCH', path, { cookie: alice, json: { body: 'Korjattu' } })).json();
    expect(edited).toMatchObject({ body: 'Korjattu', editedAt: '2026-03-02T08:01:00.000Z' });
    expect((await t.req('DELETE', path, { cookie: bob })).status).toBe(403);
    expect((await t.req('DELETE', path, { cookie: alice })).status).toBe(204);
    expect((await t.req('DELETE', path, { cookie: alice })).status).toBe(204);
    const list = (await (await t.req('GET', `/api/ideas/${id}/comments`, { cookie: bob })).json()).items.filter(
      (x: { kind: string }) => x.kind === 'user',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ deleted: true, body: '', author: null });
    expect((await (await t.req('GET', `/api/ideas/${id}`, { cookie: bob })).json()).commentCount).toBe(0);
    expect((await t.req('PATCH', path, { cookie: alice, json: { body: 'Takaisin' } })).status).toBe(409);
  });

  it('lets moderators hide with a reason; the row stays and staff see only the reason', async () => {
    const { t, alice, bob, moderator, id } = await setup();
    const c = await (
      await t.req('POST', `/api/ideas/${id}/comments`, { cookie: alice, json: { body: 'Asiaton kommentti' } })
    ).json();
    const hide = `/api/ideas/${id}/comments/${c.id}/hide`;
    expect((await t.req('POST', hide, { cookie: bob, json: { reason: 'Asiaton' } })).status).toBe(403);
    expect((await t.req('POST', hide, { cookie: moderator, json: {} })).status).toBe(400);
    const hidden = await (await t.req('POST', hide, { cookie: moderator, json: { reason: 'Asiaton sävy' } })).json();
    expect(hidden.hidden).toMatchObject({ reason: 'Asiaton sävy' });
    expect(hidden.body).toBe('Asiaton kommentti');
    const seen = (await (await t.req('GET', `/api/ideas/${id}/comments`, { cookie: bob })).json()).items.find(
      (x: { id: number }) => x.id === c.id,
    );
    expect(seen).toMatchObject({ body: '', bodyHtml: '', hidden: { reason: 'Asiaton sävy' }, deleted: false });
    const row = t.db.$client.prepare('SELECT body, hidden_reason FROM comments WHERE id = ?').get(c.id);
    expect(row).toEqual({ body: 'Asiaton kommentti', hidden_reason: 'Asiaton sävy' });
    const shown = await (await t.req('DELETE', hide, { cookie: moderator })).json();
    expect(shown.hidden).toBeNull();
    const audit = await (
      await t.req('GET', '/api/audit-log', { cookie: await t.login('adm', { role: 'admin' }) })
    ).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['comment.unhide', 'comment.hide']);
  });

  it('answers bad comment requests with 4xx problems', async () => {
    const { t, alice, id } = await setup();
    const post = (json: unknown, ideaId: number | string = id) =>
      t.req('POST', `/api/ideas/${ideaId}/comments`, { cookie: alice, json });
    expect((await post({})).status).toBe(400);
    expect((await post({ body: '' })).status).toBe(400);
    expect((await post({ body: 12 })).status).toBe(400);
    expect((await post({ body: 'x'.repeat(5001) })).status).toBe(400);
    expect((await post({ body: 'ok' }, 999)).status).toBe(404);
    expect((await post({ body: 'ok' }, 'abc')).status).toBe(400);
    expect((await t.req('PATCH', `/api/ideas/${id}/comments/999`, { cookie: alice, json: { body: 'x' } })).status).toBe(
      404,
    );
    expect((await t.req('GET', '/api/ideas/999/comments', { cookie: alice })).status).toBe(404);
    expect((await t.req('POST', `/api/ideas/${id}/comments`, { json: { body: 'x' } })).status).toBe(401);
  });
});
