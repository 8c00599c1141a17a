import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';
import { openDb } from './client.ts';
import { seedDemoData } from './seed.ts';
import { SEED_IDEAS } from './seed-data.ts';

describe('demo seed', () => {
  it('fills an empty database with a living platform whose counts hold', async () => {
    const db = openDb(':memory:');
    expect(seedDemoData(db, Date.parse('2026-03-02T08:00:00Z'))).toBe(true);
    expect(seedDemoData(db)).toBe(false);
    const t = createTestApp({ db });
    const cookie = await t.login('tyontekija');
    const list = await (await t.req('GET', '/api/ideas?sort=top&limit=100', { cookie })).json();
    expect(list.items).toHaveLength(SEED_IDEAS.length);
    expect(list.items[0].voteCount).toBeGreaterThanOrEqual(5);
    const mismatched = db.$client
      .prepare(
        'SELECT count(*) AS n FROM ideas i WHERE vote_count != (SELECT count(*) FROM votes v WHERE v.idea_id = i.id)',
      )
      .get() as { n: number };
    expect(mismatched.n).toBe(0);
    const statuses = new Set(list.items.map((i: { status: string }) => i.status));
    for (const s of ['new', 'under_review', 'planned', 'in_progress', 'implemented', 'declined'])
      expect(statuses).toContain(s);
    const owned = SEED_IDEAS.filter((s) => s.owner).map((s) => s.title);
    for (const i of list.items as { title: string; owner: unknown }[]) {
      if (owned.includes(i.title)) expect(i.owner, i.title).not.toBeNull();
    }
    const answered = await (await t.req('GET', '/api/ideas?sort=answered', { cookie })).json();
    expect(answered.items.length).toBeGreaterThanOrEqual(5);
    const found = await (await t.req('GET', '/api/ideas?q=kirjastokortti', { cookie })).json();
    expect(found.items[0].title).toBe('Kirjastokortti puhelimen sovellukseen');
    const outbox = db.$client.prepare('SELECT count(*) AS n FROM notification_outbox').get() as { n: number };
    expect(outbox.n).toBe(0);
    const categories = await (await t.req('GET', '/api/categories')).json();
    expect(categories.items.filter((c: { parentId: number | null }) => c.parentId === null)).toHaveLength(5);
  });
});
