import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';
import { openDb } from './client.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('a real database file in WAL mode', () => {
  it('keeps ideas, votes and the search index across a reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ideas-wal-'));
    dirs.push(dir);
    const path = join(dir, 'ideas.db');
    const first = openDb(path);
    expect(first.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    const t = createTestApp({ db: first });
    const author = await t.login('author');
    const voters = await Promise.all(['a', 'b', 'c'].map((n) => t.login(n)));
    const id = (
      await (
        await t.req('POST', '/api/ideas', {
          cookie: author,
          json: { title: 'Uimahallin aukioloajat', body: 'Aamuvuoro klo 6.' },
        })
      ).json()
    ).id;
    await Promise.all(
      voters.flatMap((cookie) => [1, 2, 3].map(() => t.req('PUT', `/api/ideas/${id}/vote`, { cookie }))),
    );
    first.$client.close();

    const second = openDb(path);
    const t2 = createTestApp({ db: second });
    const reader = await t2.login('reader');
    const idea = await (await t2.req('GET', `/api/ideas/${id}`, { cookie: reader })).json();
    expect(idea.voteCount).toBe(3);
    const found = await (await t2.req('GET', '/api/ideas?q=uimahalli', { cookie: reader })).json();
    expect(found.items.map((i: { id: number }) => i.id)).toEqual([id]);
    second.$client.close();
  });
});
