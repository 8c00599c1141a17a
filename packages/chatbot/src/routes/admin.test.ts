// The admin API for content owners: token, unanswered questions → new examples that survive a
// restart and appear in exports, statistics, CSV, and content reload.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOMETHING_ELSE } from '@pulputtamo/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/parse-csv.ts';
import { openDb } from '../db/client.ts';
import { createTestApp } from '../test-app.ts';
import { testBotIntents, writeTestBot } from '../test-content.ts';

const contentDir = writeTestBot();
const dataDir = mkdtempSync(join(tmpdir(), 'pulputtamo-admin-'));
afterAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});
const ENV = { CHATBOT_BOTS: 'testbot', CHATBOT_CONTENT_DIR: contentDir };
const QUESTION = 'lainakortti';

describe('admin API access', () => {
  it('does not exist without a token and refuses a wrong one', async () => {
    const off = createTestApp({ env: { ...ENV, CHATBOT_ADMIN_TOKEN: '' } });
    expect((await off.req('GET', '/api/admin/bots/testbot/stats', { admin: true })).status).toBe(404);
    const t = createTestApp({ env: ENV, bots: off.bots });
    expect((await t.req('GET', '/api/admin/bots/testbot/stats')).status).toBe(401);
    const wrong = await t.req('GET', '/api/admin/bots/testbot/stats', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('Bearer');
    expect((await t.req('GET', '/api/admin/bots/testbot/stats', { admin: true })).status).toBe(200);
  });
});

describe('unanswered questions', () => {
  const path = join(dataDir, 'chatbot.db');

  it('turns an unanswered question into an example that answers it, survives a restart and is exported', async () => {
    const db = openDb(path);
    const t = createTestApp({ env: ENV, db });
    // The bot cannot tell which card intent is meant, and the visitor picks "something else".
    const ask = await t.send('testbot', { text: QUESTION });
    expect(ask.alternatives).toHaveLength(2);
    await t.send('testbot', { choice: SOMETHING_ELSE, sessionId: ask.sessionId });
    const list = await (await t.req('GET', '/api/admin/bots/testbot/unanswered', { admin: true })).json();
    expect(list.items).toMatchObject([{ text: QUESTION, lang: 'fi', status: 'open', intentId: null }]);
    const id = list.items[0].id;

    const bad = await t.req('POST', `/api/admin/bots/testbot/unanswered/${id}/examples`, {
      admin: true,
      json: { intentId: 'tst_nothing' },
    });
    expect(bad.status).toBe(400);
    const res = await t.req('POST', `/api/admin/bots/testbot/unanswered/${id}/examples`, {
      admin: true,
      json: { intentId: 'tst_card_lost' },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ id, status: 'added', intentId: 'tst_card_lost' });
    const now = await t.send('testbot', { text: QUESTION });
    expect(now).toMatchObject({ intent: { id: 'tst_card_lost' }, fallback: false });
    expect(now.alternatives).toBeUndefined();
    db.$client.close();

    // A restart: a new process opens the same database and trains from content + added examples.
    const reopened = openDb(path);
    const again = createTestApp({ env: ENV, db: reopened });
    const afterRestart = await again.send('testbot', { text: QUESTION });
    expect(afterRestart.intent?.id).toBe('tst_card_lost');
    expect(afterRestart.alternatives).toBeUndefined();
    const nlu = await again.req('GET', '/api/admin/bots/testbot/export/nlu.yml', { admin: true });
    expect(nlu.headers.get('content-type')).toContain('yaml');
    expect(await nlu.text()).toMatch(/^\s*- lainakortti$/m);
    const csv = await (await again.req('GET', '/api/admin/bots/testbot/export/questions.csv', { admin: true })).text();
    expect(parseCsv(csv)).toContainEqual([QUESTION, 'Ilmoita kadonneesta kortista.', 'tst_card_lost', 'fi']);
    const domain = await (await again.req('GET', '/api/admin/bots/testbot/export/domain.yml', { admin: true })).text();
    expect(domain).toContain('utter_tst_card_lost:');
    reopened.$client.close();
  });

  it('lists by status, exports CSV and dismisses', async () => {
    const t = createTestApp({ env: ENV });
    await t.send('testbot', { text: 'qwerty zxcvb' });
    await t.send('testbot', { text: '=cmd|calc zzz' });
    const csv = await t.req('GET', '/api/admin/bots/testbot/unanswered.csv', { admin: true });
    expect(csv.headers.get('content-disposition')).toContain('testbot-unanswered.csv');
    const rows = parseCsv(await csv.text());
    expect(rows[0]).toEqual(['id', 'created_at', 'lang', 'text', 'top_intent', 'confidence', 'status', 'intent_id']);
    expect(rows.map((r) => r[3])).toContain("'=cmd|calc zzz");
    const id = Number(rows[1]?.[0]);
    expect((await t.req('DELETE', `/api/admin/bots/testbot/unanswered/${id}`, { admin: true })).status).toBe(204);
    const open = await (await t.req('GET', '/api/admin/bots/testbot/unanswered', { admin: true })).json();
    expect(open.items).toHaveLength(1);
    const all = await (await t.req('GET', '/api/admin/bots/testbot/unanswered?status=all', { admin: true })).json();
    expect(all.items.map((q: { status: string }) => q.status).sort()).toEqual(['dismissed', 'open']);
    expect((await t.req('DELETE', '/api/admin/bots/testbot/unanswered/9999', { admin: true })).status).toBe(404);
  });
});

describe('statistics', () => {
  it('counts hits, fallbacks, clarifications and handovers per day, as JSON and CSV', async () => {
    const t = createTestApp({ env: ENV });
    const a = await t.send('testbot', { text: 'kirjastokortti hukassa' });
    await t.send('testbot', { text: 'aukiolo' });
    await t.send('testbot', { text: 'aukiolo huomenna' });
    await t.send('testbot', { text: 'kirjastokortti', sessionId: a.sessionId });
    await t.send('testbot', { text: 'qwerty zxcvb' });
    const stats = await (await t.req('GET', '/api/admin/bots/testbot/stats', { admin: true })).json();
    expect(stats).toMatchObject({ botId: 'testbot', messages: 5, fallbacks: 1, clarifications: 1 });
    expect(stats.intents[0]).toMatchObject({ id: 'tst_hours', hits: 2 });
    expect(stats.handovers).toEqual([{ target: 'desk', offered: 1, contactRequests: 0, liveChats: 0 }]);
    const none = await (await t.req('GET', '/api/admin/bots/testbot/stats?from=2027-01-01', { admin: true })).json();
    expect(none.messages).toBe(0);
    expect((await t.req('GET', '/api/admin/bots/testbot/stats?from=yesterday', { admin: true })).status).toBe(400);
    const csv = parseCsv(await (await t.req('GET', '/api/admin/bots/testbot/stats.csv', { admin: true })).text());
    expect(csv).toContainEqual(['intent', 'tst_hours', 'Aukioloajat', '2', '0', '0', '', '', '']);
    expect(csv).toContainEqual(['total', 'messages', '', '5', '', '', '', '', '']);
  });
});

describe('content reload', () => {
  it('refuses broken content naming the file and field, keeps serving, and retrains on good content', async () => {
    const dir = writeTestBot();
    const t = createTestApp({ env: { CHATBOT_BOTS: 'testbot', CHATBOT_CONTENT_DIR: dir } });
    const file = join(dir, 'testbot', 'intents', 'tst_hours.yml');
    writeFileSync(file, 'id: tst_hours\nlabel: { fi: Aukiolo }\n');
    const res = await t.req('POST', '/api/admin/content/reload', { admin: true });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.type).toBe('/problems/content-invalid');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        {
          path: expect.stringMatching(/testbot\/intents\/tst_hours\.yml$/),
          message: 'label.sv: Invalid input: expected string, received undefined',
        },
      ]),
    );
    expect((await t.send('testbot', { text: 'aukiolo' })).intent?.id).toBe('tst_hours');

    const intents = testBotIntents();
    writeTestBotFile(file, {
      ...intents.tst_hours,
      answer: { fi: 'Uusi vastaus.', sv: 'Nytt svar.', en: 'New answer.' },
    });
    const ok = await t.req('POST', '/api/admin/content/reload', { admin: true });
    expect(ok.status).toBe(200);
    expect((await ok.json()).items).toMatchObject([{ id: 'testbot', intents: 3 }]);
    expect((await t.send('testbot', { text: 'aukiolo' })).answer.text).toBe('Uusi vastaus.');
    rmSync(dir, { recursive: true, force: true });
  });
});

function writeTestBotFile(file: string, data: unknown): void {
  writeFileSync(file, JSON.stringify(data));
}
