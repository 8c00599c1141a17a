import { describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';

async function setup() {
  const t = createTestApp();
  const author = await t.login('author', { displayName: 'Aino Alkuperäinen' });
  const owner = await t.login('owner', { displayName: 'Olli Omistaja' });
  const admin = await t.login('admin', { role: 'admin' });
  const staff = await t.login('staff');
  const moderator = await t.login('mod', { role: 'moderator' });
  const id = await newIdea(t, author, 'Sähköinen matkalasku');
  const ownerId = (await (await t.req('GET', '/api/me', { cookie: owner })).json()).id;
  const res = await t.req('PUT', `/api/ideas/${id}/owner`, { cookie: admin, json: { userId: ownerId } });
  expect(res.status).toBe(200);
  return { t, author, owner, admin, staff, moderator, id, ownerId };
}

async function newIdea(t: TestApp, cookie: string, title: string): Promise<number> {
  return (await (await t.req('POST', '/api/ideas', { cookie, json: { title, body: `${title}: kuvaus.` } })).json()).id;
}

const status = (t: TestApp, cookie: string, id: number, json: unknown) =>
  t.req('POST', `/api/ideas/${id}/status`, { cookie, json });

describe('status changes', () => {
  it('lets the owner, a moderator and an admin change status, and not staff or the author', async () => {
    const { t, author, owner, admin, staff, moderator, id } = await setup();
    for (const cookie of [staff, author]) {
      const res = await status(t, cookie, id, { status: 'under_review' });
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
    expect((await status(t, owner, id, { status: 'under_review' })).status).toBe(200);
    expect((await status(t, moderator, id, { status: 'planned' })).status).toBe(200);
    const done = await status(t, admin, id, { status: 'implemented', response: 'Otettu käyttöön **huhtikuussa**.' });
    expect(done.status).toBe(200);
    const idea = await done.json();
    expect(idea.status).toBe('implemented');
    expect(idea.answeredAt).toBe('2026-03-02T08:00:00.000Z');
    expect(idea.history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
      'new>under_review',
      'under_review>planned',
      'planned>implemented',
    ]);
    expect(idea.history[2]).toMatchObject({
      response: 'Otettu käyttöön **huhtikuussa**.',
      changedBy: { displayName: 'admin' },
    });
    expect(idea.history[2].responseHtml).toContain('<strong>huhtikuussa</strong>');
    const comments = (await (await t.req('GET', `/api/ideas/${id}/comments`, { cookie: staff })).json()).items;
    const statusComments = comments.filter((c: { kind: string }) => c.kind === 'status');
    expect(statusComments).toHaveLength(3);
    expect(statusComments[2].body).toContain('Otettu käyttöön');
  });

  it('needs a public response for implemented, declined and duplicate', async () => {
    const { t, owner, id } = await setup();
    await status(t, owner, id, { status: 'under_review' });
    for (const s of ['implemented', 'declined']) {
      const res = await status(t, owner, id, { status: s });
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].path).toBe('response');
      expect((await status(t, owner, id, { status: s, response: '   ' })).status).toBe(400);
    }
    expect((await status(t, owner, id, { status: 'declined', response: 'Ei resursseja tänä vuonna.' })).status).toBe(
      200,
    );
  });

  it('refuses transitions outside the workflow with a 409', async () => {
    const { t, owner, id } = await setup();
    expect((await status(t, owner, id, { status: 'new' })).status).toBe(409);
    await status(t, owner, id, { status: 'declined', response: 'Ei nyt.' });
    const res = await status(t, owner, id, { status: 'implemented', response: 'Tehty' });
    expect(res.status).toBe(409);
    expect((await res.json()).detail).toContain('Allowed: under_review');
    expect((await status(t, owner, id, { status: 'under_review' })).status).toBe(200);
  });

  it('merges a duplicate: votes move without double counting, comments stay, the old idea links to the new', async () => {
    const { t, author, owner, staff, id } = await setup();
    const target = await newIdea(t, author, 'Matkalaskut sähköisiksi');
    const v1 = await t.login('v1');
    const v2 = await t.login('v2');
    for (const v of [v1, v2, staff]) await t.req('PUT', `/api/ideas/${id}/vote`, { cookie: v });
    for (const v of [v2, owner]) await t.req('PUT', `/api/ideas/${target}/vote`, { cookie: v });
    await t.req('POST', `/api/ideas/${id}/comments`, { cookie: v1, json: { body: 'Kannatan!' } });
    const res = await status(t, owner, id, {
      status: 'duplicate',
      mergeIntoId: target,
      response: 'Sama kuin idea #2.',
    });
    expect(res.status).toBe(200);
    const old = await res.json();
    expect(old).toMatchObject({ status: 'duplicate', mergedIntoId: target, mergedInto: { id: target }, voteCount: 0 });
    const merged = await (await t.req('GET', `/api/ideas/${target}`, { cookie: staff })).json();
    expect(merged.voteCount).toBe(4);
    expect(merged.duplicates).toEqual([{ id, title: 'Sähköinen matkalasku' }]);
    const rows = t.db.$client.prepare('SELECT count(*) AS n FROM votes WHERE idea_id = ?').get(target) as { n: number };
    expect(rows.n).toBe(4);
    const comments = (await (await t.req('GET', `/api/ideas/${id}/comments`, { cookie: staff })).json()).items;
    expect(comments.some((c: { body: string }) => c.body === 'Kannatan!')).toBe(true);
    const vote = await t.req('PUT', `/api/ideas/${id}/vote`, { cookie: v1 });
    expect(vote.status).toBe(409);
    const list = (await (await t.req('GET', '/api/ideas', { cookie: staff })).json()).items.map(
      (i: { id: number }) => i.id,
    );
    expect(list).not.toContain(id);
  });

  it('checks the merge target', async () => {
    const { t, owner, id } = await setup();
    for (const json of [
      { status: 'duplicate', response: 'x' },
      { status: 'duplicate', response: 'x', mergeIntoId: id },
      { status: 'duplicate', response: 'x', mergeIntoId: 9999 },
      { status: 'duplicate', response: 'x', mergeIntoId: 'two' },
    ]) {
      const res = await status(t, owner, id, json);
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect((await res.json()).errors[0].path).toBe('mergeIntoId');
    }
  });

  it('rejects bad status bodies and unknown ideas', async () => {
    const { t, owner, id } = await setup();
    expect((await status(t, owner, id, { status: 'done' })).status).toBe(400);
    expect((await status(t, owner, id, {})).status).toBe(400);
    expect((await status(t, owner, id, { status: 'planned', response: 5 })).status).toBe(400);
    expect((await status(t, owner, 999, { status: 'planned' })).status).toBe(404);
  });
});

describe('owner hand-over', () => {
  it('lets an admin or the current owner hand over, not staff; it is remembered as a confirmed assignment', async () => {
    const { t, owner, admin, staff, id, ownerId } = await setup();
    const next = await t.login('next', { displayName: 'Nea Seuraava' });
    const nextId = (await (await t.req('GET', '/api/me', { cookie: next })).json()).id;
    expect((await t.req('PUT', `/api/ideas/${id}/owner`, { cookie: staff, json: { userId: nextId } })).status).toBe(
      403,
    );
    const res = await t.req('PUT', `/api/ideas/${id}/owner`, {
      cookie: owner,
      json: { userId: nextId, note: 'Kuuluu talouspalveluille.' },
    });
    expect(res.status).toBe(200);
    const idea = await res.json();
    expect(idea.owner).toEqual({ id: nextId, displayName: 'Nea Seuraava' });
    expect(idea.ownerAssignedBy).toBe('person');
    expect(idea.ownerReason.fi).toContain('Kuuluu talouspalveluille.');
    expect((await t.req('PUT', `/api/ideas/${id}/owner`, { cookie: owner, json: { userId: ownerId } })).status).toBe(
      403,
    );
    expect((await t.req('PUT', `/api/ideas/${id}/owner`, { cookie: next, json: { userId: ownerId } })).status).toBe(
      200,
    );
    const rows = t.db.$client
      .prepare("SELECT owner_id, confirmed FROM assignments WHERE idea_id = ? AND assigned_by = 'person' ORDER BY id")
      .all(id);
    expect(rows).toEqual([
      { owner_id: ownerId, confirmed: 1 },
      { owner_id: nextId, confirmed: 1 },
      { owner_id: ownerId, confirmed: 1 },
    ]);
    expect((await t.req('PUT', `/api/ideas/${id}/owner`, { cookie: admin, json: { userId: 9999 } })).status).toBe(400);
    expect((await t.req('PUT', `/api/ideas/${id}/owner`, { cookie: admin, json: {} })).status).toBe(400);
    expect((await t.req('PUT', '/api/ideas/9999/owner', { cookie: admin, json: { userId: ownerId } })).status).toBe(
      404,
    );
  });
});
