// Handover through HTTP: a contact request reaches the expert through the outbox and a real local
// SMTP server; a live chat goes to a local webhook standing in for a live-chat product.

import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LiveChatStart } from '@pulputtamo/shared';
import { createEmailSender, createOutboxWorker } from '@pulputtamo/shared/server';
import { startSmtpServer, unfoldMail } from '@pulputtamo/shared/testing';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { listContactRequests } from '../db/contact-requests.ts';
import { listOutbox, outboxStore, type QueuedEmail } from '../db/outbox.ts';
import { createTestApp, trainTestBots } from '../test-app.ts';
import { writeTestBot } from '../test-content.ts';
import { createWebhookLiveChat } from './create-webhook-live-chat.ts';

const logger = pino({ level: 'silent' });
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A real SMTP server on a free loopback port, closed after the test. */
async function startSmtp() {
  const smtp = await startSmtpServer();
  cleanups.push(() => smtp.close());
  return smtp;
}

/** A local stand-in for a live-chat product: answers with `status` and `reply`, keeps the bodies. */
async function startWebhook(status: number, reply: unknown): Promise<{ url: string; bodies: unknown[] }> {
  const bodies: unknown[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => {
      bodies.push(JSON.parse(data));
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/handover`, bodies };
}

/** SMTP content is quoted-printable and folded; undo both to search the text. */

const ENV = { CHATBOT_BOTS: 'businesskuopio', CHATBOT_HANDOVER_EMAIL: 'yritysneuvonta@example.fi' };
const bots = trainTestBots(ENV);

describe('contact requests', () => {
  it('e-mails the expert of the conversation through a real SMTP server, with the conversation so far', async () => {
    const smtp = await startSmtp();
    const t = createTestApp({ env: ENV, bots });
    const answer = await t.send('businesskuopio', { text: 'Miten perustan yrityksen?' });
    const human = await t.send('businesskuopio', { text: 'Haluan puhua ihmisen kanssa', sessionId: answer.sessionId });
    expect(human.handover?.target).toBe('startup_advisor');
    const res = await t.req('POST', '/api/bots/businesskuopio/contact-requests', {
      json: {
        sessionId: answer.sessionId,
        name: 'Maija Meikäläinen',
        email: 'maija@example.fi',
        phone: '040 123 4567',
        message: 'Aion perustaa kahvilan, hetuni on 131052-308T. Soittakaa iltapäivällä.',
        consent: true,
      },
    });
    expect(res.status).toBe(201);
    const receipt = await res.json();
    expect(receipt).toMatchObject({ target: 'startup_advisor', delivery: 'email' });
    expect(listContactRequests(t.db, 'businesskuopio', 10)[0]).toMatchObject({
      name: 'Maija Meikäläinen',
      message: 'Aion perustaa kahvilan, hetuni on [hetu]. Soittakaa iltapäivällä.',
    });

    const email = createEmailSender<QueuedEmail>(smtp.url, 'Kuopion chatbotit <chatbot@kuopio.fi>');
    cleanups.push(() => email.close());
    const worker = createOutboxWorker({ store: outboxStore(t.db), clock: t.now, logger, senders: { email } });
    expect(await worker.drain()).toBe(1);
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    // The start-up advisor has no address in the content yet, so the deployment's address gets it.
    expect(mail?.to).toEqual(['yritysneuvonta@example.fi']);
    expect(mail?.from).toBe('chatbot@kuopio.fi');
    const text = unfoldMail(mail?.data ?? '');
    expect(text).toContain('Maija Meikäläinen');
    expect(text).toContain('maija@example.fi');
    expect(text).toContain('040 123 4567');
    expect(text).toContain('Aion perustaa kahvilan, hetuni on [hetu].');
    expect(text).toContain('Asiakas: Miten perustan yrityksen?');
    expect(text).not.toContain('131052-308T');
    expect(listOutbox(t.db).map((m) => m.status)).toEqual(['sent']);
    expect(await worker.drain()).toBe(0);

    const stats = await (await t.req('GET', '/api/admin/bots/businesskuopio/stats', { admin: true })).json();
    expect(stats.handovers.find((h: { target: string }) => h.target === 'startup_advisor')).toMatchObject({
      contactRequests: 1,
    });
  });

  it('sends to the address of the target when the content has one', async () => {
    const contentDir = writeTestBot();
    cleanups.push(() => rmSync(contentDir, { recursive: true, force: true }));
    const t = createTestApp({ env: { CHATBOT_BOTS: 'testbot', CHATBOT_CONTENT_DIR: contentDir } });
    const reply = await t.send('testbot', { text: 'kirjastokortti hukassa' });
    const res = await t.req('POST', '/api/bots/testbot/contact-requests', {
      json: {
        sessionId: reply.sessionId,
        name: 'Matti',
        phone: '+358 40 765 4321',
        message: 'Kortti katosi',
        consent: true,
      },
    });
    expect(res.status).toBe(201);
    expect(listOutbox(t.db)).toMatchObject([{ recipient: 'desk@example.fi', status: 'pending' }]);
  });

  it('keeps the request for the admin when no address is known', async () => {
    const t = createTestApp({ env: { CHATBOT_BOTS: 'businesskuopio' }, bots });
    const reply = await t.send('businesskuopio', { text: 'Haluan puhua ihmisen kanssa' });
    const res = await t.req('POST', '/api/bots/businesskuopio/contact-requests', {
      json: {
        sessionId: reply.sessionId,
        name: 'Matti',
        email: 'matti@example.fi',
        message: 'Soittakaa',
        consent: true,
      },
    });
    expect(await res.json()).toMatchObject({ target: 'business_advisor', delivery: 'stored' });
    expect(listOutbox(t.db)).toEqual([]);
    const list = await (await t.req('GET', '/api/admin/bots/businesskuopio/contact-requests', { admin: true })).json();
    expect(list.items).toMatchObject([{ name: 'Matti', email: 'matti@example.fi', target: 'business_advisor' }]);
  });
});

describe('live chat through the generic webhook adapter', () => {
  it('hands the conversation to the live-chat product and returns where to continue', async () => {
    const hook = await startWebhook(200, { url: 'https://chat.example.fi/room/42', message: 'Neuvoja liittyy pian.' });
    const t = createTestApp({ env: ENV, bots, liveChat: createWebhookLiveChat(hook.url) });
    const first = await t.send('businesskuopio', { text: 'qwerty zxcvb' });
    const second = await t.send('businesskuopio', { text: 'qwerty zxcvb?', sessionId: first.sessionId });
    expect(second.handover).toMatchObject({ target: 'business_advisor', liveChat: true });
    expect(second.answer.actions).toEqual(['contact-request', 'live-chat']);
    const res = await t.req('POST', '/api/bots/businesskuopio/live-chat-requests', {
      json: { sessionId: first.sessionId },
    });
    expect(res.status).toBe(201);
    expect((await res.json()) as LiveChatStart).toEqual({
      target: 'business_advisor',
      url: 'https://chat.example.fi/room/42',
      message: 'Neuvoja liittyy pian.',
    });
    expect(hook.bodies).toHaveLength(1);
    expect(hook.bodies[0]).toMatchObject({
      type: 'pulputtamo.handover',
      botId: 'businesskuopio',
      sessionId: first.sessionId,
      target: { id: 'business_advisor' },
      transcript: [
        { role: 'user', text: 'qwerty zxcvb' },
        { role: 'bot' },
        { role: 'user', text: 'qwerty zxcvb?' },
        { role: 'bot' },
      ],
    });
  });

  it('says so when the live-chat product does not take the conversation', async () => {
    const hook = await startWebhook(503, { error: 'no agents' });
    const t = createTestApp({ env: ENV, bots, liveChat: createWebhookLiveChat(hook.url) });
    const reply = await t.send('businesskuopio', { text: 'Haluan puhua ihmisen kanssa' });
    const res = await t.req('POST', '/api/bots/businesskuopio/live-chat-requests', {
      json: { sessionId: reply.sessionId },
    });
    expect(res.status).toBe(503);
    expect((await res.json()).type).toBe('/problems/live-chat-unavailable');
  });
});
