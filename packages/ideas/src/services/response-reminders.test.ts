import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { listOutbox } from '../db/outbox.ts';
import { createTestApp, type TestApp } from '../test-app.ts';
import { createOwnerIndex } from './owner-index.ts';
import { sendResponseReminders } from './response-reminders.ts';

const DAY = 86_400_000;

async function setup() {
  const t = createTestApp({ env: { IDEAS_RESPONSE_DAYS: '14' } });
  const admin = await t.login('admin', { role: 'admin' });
  const areaAdmin = await t.login('alueadmin', { role: 'admin' });
  const owner = await t.login('olli');
  const staff = await t.login('staff');
  const id = async (cookie: string) => (await (await t.req('GET', '/api/me', { cookie })).json()).id;
  const ownerId = await id(owner);
  await t.req('PATCH', `/api/categories/${t.categoryId}`, {
    cookie: admin,
    json: { defaultOwnerId: ownerId, adminId: await id(areaAdmin) },
  });
  const res = await t.req('POST', '/api/ideas', {
    cookie: staff,
    json: { title: 'Lukusalin aukiolo', body: 'Lukusali auki myös sunnuntaisin.', categoryId: t.categoryId },
  });
  const idea = await res.json();
  expect(idea.owner.id).toBe(ownerId);
  const deps = {
    db: t.db,
    config: loadConfig({ IDEAS_RESPONSE_DAYS: '14' }),
    logger: pino({ level: 'silent' }),
    clock: t.now,
    ownerIndex: createOwnerIndex(),
  };
  const mailsTo = (prefix: string) =>
    listOutbox(t.db)
      .filter((m) => m.dedupeKey?.startsWith(prefix))
      .map((m) => m.recipient);
  return { t, deps, idea, mailsTo };
}

describe('owner response window', () => {
  it('reminds the owner after N days and escalates to the category admin after 2N, once each', async () => {
    const { t, deps, idea, mailsTo } = await setup();
    t.advance(13 * DAY);
    expect(sendResponseReminders(deps)).toEqual({ overdue: 0, escalated: 0 });
    t.advance(1 * DAY);
    expect(sendResponseReminders(deps)).toEqual({ overdue: 1, escalated: 0 });
    expect(mailsTo('reminder:')).toEqual(['olli@kuopio.fi']);
    const reminder = listOutbox(t.db).find((m) => m.dedupeKey?.startsWith('reminder:'));
    expect(reminder?.bodyText).toContain(`/#/ideas/${idea.id}`);
    sendResponseReminders(deps);
    expect(mailsTo('reminder:')).toHaveLength(1);
    t.advance(14 * DAY);
    expect(sendResponseReminders(deps)).toEqual({ overdue: 1, escalated: 1 });
    sendResponseReminders(deps);
    expect(mailsTo('escalation:')).toEqual(['alueadmin@kuopio.fi']);
    expect(mailsTo('reminder:')).toHaveLength(1);
  });

  it('stays quiet once the owner comments or changes the status', async () => {
    for (const answer of ['comment', 'status'] as const) {
      const { t, deps, idea, mailsTo } = await setup();
      t.advance(2 * DAY);
      // Sessions last hours, not days: sign in again as a returning owner would.
      const owner = await t.login('olli');
      const res =
        answer === 'comment'
          ? await t.req('POST', `/api/ideas/${idea.id}/comments`, { cookie: owner, json: { body: 'Katsotaan.' } })
          : await t.req('POST', `/api/ideas/${idea.id}/status`, { cookie: owner, json: { status: 'under_review' } });
      expect(res.status).toBeLessThan(300);
      t.advance(40 * DAY);
      expect(sendResponseReminders(deps)).toEqual({ overdue: 0, escalated: 0 });
      expect(mailsTo('reminder:')).toEqual([]);
    }
  });

  it('starts the window again for a new owner after a hand-over', async () => {
    const { t, deps, idea, mailsTo } = await setup();
    t.advance(20 * DAY);
    const admin = await t.login('admin', { role: 'admin' });
    const newOwner = await t.login('uusi');
    const newOwnerId = (await (await t.req('GET', '/api/me', { cookie: newOwner })).json()).id;
    const handed = await t.req('PUT', `/api/ideas/${idea.id}/owner`, { cookie: admin, json: { userId: newOwnerId } });
    expect(handed.status).toBe(200);
    expect(sendResponseReminders(deps).overdue).toBe(0);
    t.advance(14 * DAY);
    sendResponseReminders(deps);
    expect(mailsTo('reminder:')).toEqual(['uusi@kuopio.fi']);
  });

  it('asks the admins to pick an owner when the bot finds none', async () => {
    const t: TestApp = createTestApp();
    await t.login('admin', { role: 'admin' });
    const staff = await t.login('staff');
    await t.req('POST', '/api/ideas', { cookie: staff, json: { title: 'Orpo idea', body: 'Kenelle tämä kuuluu?' } });
    const unassigned = listOutbox(t.db).filter((m) => m.dedupeKey?.startsWith('unassigned:'));
    expect(unassigned.map((m) => m.recipient)).toEqual(['admin@kuopio.fi']);
  });
});
