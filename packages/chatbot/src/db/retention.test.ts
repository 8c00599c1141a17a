// The retention job forgets conversations, unanswered questions and contact requests older than
// the retention period, and keeps the anonymous counters.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';
import { writeTestBot } from '../test-content.ts';
import { listContactRequests } from './contact-requests.ts';
import { listMessages } from './messages.ts';
import { deleteOlderThan } from './retention.ts';
import { listUnanswered } from './unanswered.ts';

const contentDir = writeTestBot();
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
const DAY = 24 * 3_600_000;

describe('retention', () => {
  it('deletes what is older than the cut-off and keeps the statistics', async () => {
    const t = createTestApp({ env: { CHATBOT_BOTS: 'testbot', CHATBOT_CONTENT_DIR: contentDir } });
    const old = await t.send('testbot', { text: 'qwerty zxcvb' });
    await t.req('POST', '/api/bots/testbot/contact-requests', {
      json: { sessionId: old.sessionId, name: 'Vanha', email: 'v@example.fi', message: 'Hei', consent: true },
    });
    t.advance(91 * DAY);
    const recent = await t.send('testbot', { text: 'aukiolo' });
    const removed = deleteOlderThan(t.db, t.now() - 90 * DAY);
    expect(removed).toEqual({ sessions: 1, unanswered: 1, contactRequests: 1, outbox: 0 });
    expect(listMessages(t.db, old.sessionId)).toEqual([]);
    expect(listMessages(t.db, recent.sessionId)).toHaveLength(2);
    expect(listUnanswered(t.db, 'testbot', undefined, 10)).toEqual([]);
    expect(listContactRequests(t.db, 'testbot', 10)).toEqual([]);
    const stats = await (await t.req('GET', '/api/admin/bots/testbot/stats', { admin: true })).json();
    expect(stats).toMatchObject({ messages: 2, fallbacks: 1 });
  });
});
