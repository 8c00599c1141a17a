// The cached JSON reads must answer exactly what the object-building reference answers, for every
// viewer, after every kind of write, including a write by another connection to the same file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListIdeasQuery } from '@pulputtamo/shared';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CurrentUser } from '../auth/current-user.ts';
import { openDb, registerSqlFunctions } from '../db/client.ts';
import { createTestApp, type TestApp } from '../test-app.ts';
import { getIdeaDetail, listIdeas } from './ideas.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const QUERIES: ListIdeasQuery[] = [
  { sort: 'trending', limit: 20 },
  { sort: 'new', limit: 2 },
  { sort: 'top', limit: 20, q: 'pyörä' },
];

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'pulputtamo-rendered-'));
  dirs.push(dir);
  const path = join(dir, 'ideas.db');
  const t = createTestApp({ db: openDb(path) });
  const people = {
    author: await t.login('author', { displayName: 'Aino Alkuperäinen' }),
    other: await t.login('other'),
    admin: await t.login('admin', { role: 'admin' }),
  };
  const submit = async (json: Record<string, unknown>) =>
    (await (await t.req('POST', '/api/ideas', { cookie: people.author, json })).json()).id as number;
  const ids = [
    await submit({ title: 'Pyörätelineet uimahallille', body: 'Katetut telineet.' }),
    await submit({ title: 'Nimetön toive pyöräpysäköinnistä', body: 'Lisää tilaa.', anonymous: true }),
    await submit({ title: 'Kirjastokortti puhelimeen', body: 'Mobiilikortti.', categoryId: t.categoryId }),
  ];
  return { t, path, people, ids };
}

function viewerOf(t: TestApp, subject: string): CurrentUser {
  return t.db.$client
    .prepare('SELECT id, display_name AS displayName, email, org_unit AS orgUnit, role FROM users WHERE subject = ?')
    .get(subject) as CurrentUser;
}

/** Every listing and every idea, over HTTP, equals the reference for every viewer. */
async function expectSameAsReference(t: TestApp, people: Record<string, string>, ids: number[]): Promise<void> {
  for (const [subject, cookie] of Object.entries(people)) {
    const viewer = viewerOf(t, subject);
    for (const query of QUERIES) {
      const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      const res = await t.req('GET', `/api/ideas?${params}`, { cookie });
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(await res.json()).toEqual(listIdeas({ db: t.db }, viewer, query));
    }
    for (const id of ids) {
      const res = await t.req('GET', `/api/ideas/${id}`, { cookie });
      let reference: unknown;
      try {
        reference = getIdeaDetail({ db: t.db }, viewer, id);
      } catch {
        reference = 'not found';
      }
      expect(res.status === 404 ? 'not found' : await res.json()).toEqual(reference);
    }
  }
}

describe('ideas read from the rendered cache', () => {
  it('show each viewer their own flags and an anonymous author only to the author and admins', async () => {
    const { t, people, ids } = await setup();
    const [, anonymous = 0] = ids;
    await t.req('PUT', `/api/ideas/${anonymous}/vote`, { cookie: people.other });
    await expectSameAsReference(t, people, ids);
    const seen = async (cookie: string) =>
      (await (await t.req('GET', `/api/ideas/${anonymous}`, { cookie })).json()) as {
        author: unknown;
        votedByMe: boolean;
      };
    expect(await seen(people.other)).toMatchObject({ author: null, votedByMe: true });
    expect(await seen(people.admin)).toMatchObject({ author: { displayName: 'Aino Alkuperäinen' }, votedByMe: false });
    expect(await seen(people.author)).toMatchObject({ author: { displayName: 'Aino Alkuperäinen' } });
  });

  it('stay exact through votes, edits, status changes, merges and deletes', async () => {
    const { t, people, ids } = await setup();
    const [first = 0, second = 0, third = 0] = ids;
    await expectSameAsReference(t, people, ids);
    const steps: [string, string, string, unknown][] = [
      ['PUT', `/api/ideas/${first}/vote`, people.other, undefined],
      ['PATCH', `/api/ideas/${first}`, people.author, { title: 'Katetut pyörätelineet uimahallille' }],
      ['POST', `/api/ideas/${third}/status`, people.admin, { status: 'declined', response: 'Ei **tänä** vuonna.' }],
      [
        'POST',
        `/api/ideas/${second}/status`,
        people.admin,
        { status: 'duplicate', response: 'Sama.', mergeIntoId: first },
      ],
      ['DELETE', `/api/ideas/${first}/vote`, people.other, undefined],
      ['DELETE', `/api/ideas/${third}`, people.author, undefined],
    ];
    for (const [method, path, cookie, json] of steps) {
      const res = await t.req(method, path, { cookie, json });
      expect(res.status, `${method} ${path}`).toBeLessThan(300);
      await expectSameAsReference(t, people, ids);
    }
    expect((await t.req('GET', `/api/ideas/${third}`, { cookie: people.other })).status).toBe(404);
  });

  it('see a change another connection wrote to the same database file', async () => {
    const { t, path, people, ids } = await setup();
    const [first = 0] = ids;
    await expectSameAsReference(t, people, ids);
    const other = new Database(path);
    registerSqlFunctions(other);
    other.prepare('UPDATE ideas SET title = ? WHERE id = ?').run('Muutettu toisaalla', first);
    other.close();
    const idea = await (await t.req('GET', `/api/ideas/${first}`, { cookie: people.other })).json();
    expect(idea.title).toBe('Muutettu toisaalla');
    await expectSameAsReference(t, people, ids);
  });
});
