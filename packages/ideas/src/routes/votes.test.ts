import { describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';

async function ideaBy(t: TestApp, cookie: string): Promise<number> {
  const res = await t.req('POST', '/api/ideas', {
    cookie,
    json: { title: 'Pyörätelineet', body: 'Katettuja telineitä lisää.' },
  });
  return (await res.json()).id;
}

function voteRows(t: TestApp, id: number): number {
  return (t.db.$client.prepare('SELECT count(*) AS n FROM votes WHERE idea_id = ?').get(id) as { n: number }).n;
}

describe('thumbs-up', () => {
  it('counts 50 concurrent PUTs by one person once', async () => {
    const t = createTestApp();
    const id = await ideaBy(t, await t.login('author'));
    const voter = await t.login('voter');
    const results = await Promise.all(
      Array.from({ length: 50 }, () => t.req('PUT', `/api/ideas/${id}/vote`, { cookie: voter })),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const idea = await (await t.req('GET', `/api/ideas/${id}`, { cookie: voter })).json();
    expect(idea.voteCount).toBe(1);
    expect(idea.votedByMe).toBe(true);
    expect(voteRows(t, id)).toBe(1);
  });

  it('keeps the count equal to the rows through mixed concurrent PUTs and DELETEs', async () => {
    const t = createTestApp();
    const id = await ideaBy(t, await t.login('author'));
    const voters = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((n) => t.login(n)));
    await Promise.all(
      voters.flatMap((cookie, i) => [
        t.req('PUT', `/api/ideas/${id}/vote`, { cookie }),
        t.req(i % 2 === 0 ? 'DELETE' : 'PUT', `/api/ideas/${id}/vote`, { cookie }),
        t.req('PUT', `/api/ideas/${id}/vote`, { cookie }),
      ]),
    );
    const idea = await (await t.req('GET', `/api/ideas/${id}`, { cookie: voters[0] })).json();
    expect(idea.voteCount).toBe(voteRows(t, id));
  });

  it('is idempotent both ways', async () => {
    const t = createTestApp();
    const id = await ideaBy(t, await t.login('author'));
    const v = await t.login('voter');
    expect(await (await t.req('PUT', `/api/ideas/${id}/vote`, { cookie: v })).json()).toEqual({
      voteCount: 1,
      votedByMe: true,
    });
    expect(await (await t.req('PUT', `/api/ideas/${id}/vote`, { cookie: v })).json()).toEqual({
      voteCount: 1,
      votedByMe: true,
    });
    expect(await (await t.req('DELETE', `/api/ideas/${id}/vote`, { cookie: v })).json()).toEqual({
      voteCount: 0,
      votedByMe: false,
    });
    expect(await (await t.req('DELETE', `/api/ideas/${id}/vote`, { cookie: v })).json()).toEqual({
      voteCount: 0,
      votedByMe: false,
    });
  });

  it('does not let authors thumb-up their own idea', async () => {
    const t = createTestApp();
    const author = await t.login('author');
    const id = await ideaBy(t, author);
    const res = await t.req('PUT', `/api/ideas/${id}/vote`, { cookie: author });
    expect(res.status).toBe(403);
    expect((await res.json()).type).toBe('/problems/own-idea');
    expect(voteRows(t, id)).toBe(0);
  });

  it('needs a sign-in and an existing idea', async () => {
    const t = createTestApp();
    const id = await ideaBy(t, await t.login('author'));
    expect((await t.req('PUT', `/api/ideas/${id}/vote`)).status).toBe(401);
    const v = await t.login('voter');
    expect((await t.req('PUT', '/api/ideas/999/vote', { cookie: v })).status).toBe(404);
    expect((await t.req('PUT', '/api/ideas/abc/vote', { cookie: v })).status).toBe(400);
    expect((await t.req('DELETE', '/api/ideas/-1/vote', { cookie: v })).status).toBe(400);
  });
});
