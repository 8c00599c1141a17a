import { describe, expect, it } from 'vitest';
import { listOutbox } from '../db/outbox.ts';
import { createTestApp } from '../test-app.ts';

async function setup() {
  const t = createTestApp();
  const admin = await t.login('admin', { role: 'admin' });
  const maija = await t.login('maija', { displayName: 'Maija Meikäläinen', orgUnit: 'Kirjasto' });
  const other = await t.login('other', { displayName: 'Olli Muu' });
  const maijaId = (await (await t.req('GET', '/api/me', { cookie: maija })).json()).id;
  const post = async (cookie: string, title: string) =>
    (await (await t.req('POST', '/api/ideas', { cookie, json: { title, body: `${title}.` } })).json()).id as number;
  const own = await post(maija, 'Maijan idea');
  const others = await post(other, 'Ollin idea');
  await t.req('PUT', `/api/ideas/${others}/vote`, { cookie: maija });
  await t.req('POST', `/api/ideas/${others}/comments`, { cookie: maija, json: { body: 'Hyvä ajatus!' } });
  await t.req('POST', `/api/ideas/${own}/comments`, { cookie: other, json: { body: 'Kannatan.' } });
  await t.req('PUT', `/api/ideas/${others}/owner`, { cookie: admin, json: { userId: maijaId } });
  return { t, admin, maija, other, maijaId, own, others };
}

describe('personal data (GDPR)', () => {
  it('gives a person all their data as a JSON download', async () => {
    const { t, maija, own, others } = await setup();
    const res = await t.req('GET', '/api/me/data', { cookie: maija });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const data = await res.json();
    expect(data.user).toMatchObject({ display_name: 'Maija Meikäläinen', org_unit: 'Kirjasto' });
    expect(data.ideas.map((i: { id: number }) => i.id)).toEqual([own]);
    expect(data.comments.map((c: { body: string }) => c.body)).toEqual(['Hyvä ajatus!']);
    expect(data.votes.map((v: { idea_id: number }) => v.idea_id)).toEqual([others]);
    expect(data.ownedIdeas.map((i: { id: number }) => i.id)).toEqual([others]);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect((await t.req('GET', '/api/me/data')).status).toBe(401);
  });

  it('deletes a person: discussion stays readable, votes and sessions go, owned ideas return to admins', async () => {
    const { t, admin, maija, other, own, others } = await setup();
    expect((await t.req('DELETE', '/api/me', { cookie: maija })).status).toBe(204);
    expect((await t.req('GET', '/api/me', { cookie: maija })).status).toBe(401);

    const ownIdea = await (await t.req('GET', `/api/ideas/${own}`, { cookie: other })).json();
    expect(ownIdea.title).toBe('Maijan idea');
    expect(ownIdea.author).toBeNull();
    const comments = (await (await t.req('GET', `/api/ideas/${others}/comments`, { cookie: other })).json()).items;
    const hers = comments.find((c: { body: string }) => c.body === 'Hyvä ajatus!');
    expect(hers.author).toBeNull();
    const othersIdea = await (await t.req('GET', `/api/ideas/${others}`, { cookie: other })).json();
    expect(othersIdea.voteCount).toBe(0);
    expect(othersIdea.owner).toBeNull();
    const voteRows = t.db.$client.prepare('SELECT count(*) AS n FROM votes').get();
    expect(voteRows).toEqual({ n: 0 });
    const dump = JSON.stringify(t.db.$client.prepare('SELECT * FROM users').all());
    expect(dump).not.toContain('Maija');
    expect(dump).not.toContain('maija@kuopio.fi');
    expect(listOutbox(t.db).some((m) => m.dedupeKey === `unassigned:${others}:to:1`)).toBe(true);
    const audit = await (await t.req('GET', '/api/audit-log', { cookie: admin })).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toContain('user.delete');
    // Signing in again with the same name makes a new, empty account.
    const back = await t.login('maija');
    expect((await (await t.req('GET', '/api/me/data', { cookie: back })).json()).ideas).toEqual([]);
  });
});
