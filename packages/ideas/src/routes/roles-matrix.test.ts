// Every mutating endpoint × every role: staff (a colleague), owner (of the idea), moderator, admin,
// plus the idea's author and nobody signed in. Each cell runs on a fresh platform.
import { describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';

type Role = 'anonymous' | 'staff' | 'author' | 'owner' | 'moderator' | 'admin';
const ROLES: Role[] = ['anonymous', 'staff', 'author', 'owner', 'moderator', 'admin'];

interface Fixture {
  t: TestApp;
  cookies: Record<Exclude<Role, 'anonymous'>, string>;
  ideaId: number;
  otherIdeaId: number;
  commentId: number;
  ruleId: number;
  staffId: number;
}

async function fixture(): Promise<Fixture> {
  const t = createTestApp();
  const cookies = {
    author: await t.login('author'),
    staff: await t.login('staff'),
    owner: await t.login('owner'),
    moderator: await t.login('moderator', { role: 'moderator' }),
    admin: await t.login('admin', { role: 'admin' }),
  };
  const id = async (cookie: string) => (await (await t.req('GET', '/api/me', { cookie })).json()).id as number;
  const ownerId = await id(cookies.owner);
  const staffId = await id(cookies.staff);
  const post = async (title: string) =>
    (await (await t.req('POST', '/api/ideas', { cookie: cookies.author, json: { title, body: 'Kuvaus.' } })).json())
      .id as number;
  const ideaId = await post('Matriisin idea');
  const otherIdeaId = await post('Toinen idea');
  await t.req('PUT', `/api/ideas/${ideaId}/owner`, { cookie: cookies.admin, json: { userId: ownerId } });
  const comment = await t.req('POST', `/api/ideas/${ideaId}/comments`, {
    cookie: cookies.author,
    json: { body: 'Tekijän kommentti' },
  });
  const rule = await t.req('POST', '/api/owner-rules', {
    cookie: cookies.admin,
    json: { kind: 'keyword', value: 'matriisi', ownerId },
  });
  return {
    t,
    cookies,
    ideaId,
    otherIdeaId,
    commentId: (await comment.json()).id,
    ruleId: (await rule.json()).id,
    staffId,
  };
}

interface Case {
  name: string;
  request: (f: Fixture) => { method: string; path: string; json?: unknown };
  /** Roles that succeed; every other role gets 401 (anonymous) or 403. */
  allowed: Role[];
}

const everyoneSignedIn: Role[] = ['staff', 'author', 'owner', 'moderator', 'admin'];

const CASES: Case[] = [
  {
    name: 'submit an idea',
    request: () => ({ method: 'POST', path: '/api/ideas', json: { title: 'Uusi idea', body: 'x' } }),
    allowed: everyoneSignedIn,
  },
  {
    name: 'edit an idea',
    request: (f) => ({ method: 'PATCH', path: `/api/ideas/${f.ideaId}`, json: { title: 'Muokattu' } }),
    allowed: ['author', 'moderator', 'admin'],
  },
  {
    name: 'delete an idea',
    request: (f) => ({ method: 'DELETE', path: `/api/ideas/${f.ideaId}` }),
    allowed: ['author', 'moderator', 'admin'],
  },
  {
    name: 'thumbs-up',
    request: (f) => ({ method: 'PUT', path: `/api/ideas/${f.ideaId}/vote` }),
    // Authors may not thumb-up their own idea.
    allowed: ['staff', 'owner', 'moderator', 'admin'],
  },
  {
    name: 'remove thumbs-up',
    request: (f) => ({ method: 'DELETE', path: `/api/ideas/${f.ideaId}/vote` }),
    allowed: everyoneSignedIn,
  },
  {
    name: 'comment',
    request: (f) => ({ method: 'POST', path: `/api/ideas/${f.ideaId}/comments`, json: { body: 'Hyvä!' } }),
    allowed: everyoneSignedIn,
  },
  {
    name: 'edit a comment',
    request: (f) => ({
      method: 'PATCH',
      path: `/api/ideas/${f.ideaId}/comments/${f.commentId}`,
      json: { body: 'Uusi' },
    }),
    allowed: ['author'],
  },
  {
    name: 'delete a comment',
    request: (f) => ({ method: 'DELETE', path: `/api/ideas/${f.ideaId}/comments/${f.commentId}` }),
    allowed: ['author', 'moderator', 'admin'],
  },
  {
    name: 'hide a comment',
    request: (f) => ({
      method: 'POST',
      path: `/api/ideas/${f.ideaId}/comments/${f.commentId}/hide`,
      json: { reason: 'Asiaton' },
    }),
    allowed: ['moderator', 'admin'],
  },
  {
    name: 'show a hidden comment',
    request: (f) => ({ method: 'DELETE', path: `/api/ideas/${f.ideaId}/comments/${f.commentId}/hide` }),
    allowed: ['moderator', 'admin'],
  },
  {
    name: 'change status',
    request: (f) => ({ method: 'POST', path: `/api/ideas/${f.ideaId}/status`, json: { status: 'under_review' } }),
    allowed: ['owner', 'moderator', 'admin'],
  },
  {
    name: 'hand over to another owner',
    request: (f) => ({ method: 'PUT', path: `/api/ideas/${f.ideaId}/owner`, json: { userId: f.staffId } }),
    allowed: ['owner', 'admin'],
  },
  {
    name: 'follow',
    request: (f) => ({ method: 'PUT', path: `/api/ideas/${f.otherIdeaId}/subscription` }),
    allowed: everyoneSignedIn,
  },
  {
    name: 'unfollow',
    request: (f) => ({ method: 'DELETE', path: `/api/ideas/${f.otherIdeaId}/subscription` }),
    allowed: everyoneSignedIn,
  },
  {
    name: 'set a category owner',
    request: (f) => ({
      method: 'PATCH',
      path: `/api/categories/${f.t.categoryId}`,
      json: { defaultOwnerId: f.staffId },
    }),
    allowed: ['admin'],
  },
  {
    name: 'add an owner rule',
    request: (f) => ({
      method: 'POST',
      path: '/api/owner-rules',
      json: { kind: 'keyword', value: 'x', ownerId: f.staffId },
    }),
    allowed: ['admin'],
  },
  {
    name: 'remove an owner rule',
    request: (f) => ({ method: 'DELETE', path: `/api/owner-rules/${f.ruleId}` }),
    allowed: ['admin'],
  },
  {
    name: 'delete oneself (GDPR)',
    request: () => ({ method: 'DELETE', path: '/api/me' }),
    allowed: everyoneSignedIn,
  },
];

describe('authorisation of every mutating endpoint', () => {
  it.each(CASES)('$name', async (c) => {
    const outcomes: Record<string, number> = {};
    const expected: Record<string, number | 'ok'> = {};
    for (const role of ROLES) {
      const f = await fixture();
      const { method, path, json } = c.request(f);
      const cookie = role === 'anonymous' ? undefined : f.cookies[role];
      const res = await f.t.req(method, path, { cookie, json });
      outcomes[role] = res.status;
      expected[role] = c.allowed.includes(role) ? 'ok' : role === 'anonymous' ? 401 : 403;
    }
    const seen = Object.fromEntries(
      Object.entries(outcomes).map(([role, status]) => [role, status < 300 ? 'ok' : status]),
    );
    expect(seen).toEqual(expected);
  });
});
