import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmailSender, createOutboxWorker, retryDelay } from '@pulputtamo/shared/server';
import { startSmtpServer, unfoldMail } from '@pulputtamo/shared/testing';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../db/client.ts';
import { insertOutboxMessages, listOutbox, type OutboxRow, outboxStore } from '../db/outbox.ts';
import { createTestApp } from '../test-app.ts';
import { createWebhookSender } from './send-webhook.ts';

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

/** A local webhook receiver answering with the given statuses in turn (then 200). */
async function startWebhook(statuses: number[]): Promise<{ url: string; bodies: unknown[] }> {
  const bodies: unknown[] = [];
  const server: Server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => {
      bodies.push(JSON.parse(data));
      res.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, bodies };
}

describe('outbox worker', () => {
  it('mails the owner chosen by the bot through a real SMTP server, with a link to the idea', async () => {
    const smtp = await startSmtp();
    const t = createTestApp({ env: { IDEAS_PUBLIC_URL: 'https://ideat.kuopio.fi' } });
    const admin = await t.login('admin', { role: 'admin' });
    const owner = await t.login('olli', { displayName: 'Olli Omistaja' });
    const ownerId = (await (await t.req('GET', '/api/me', { cookie: owner })).json()).id;
    await t.req('PATCH', `/api/categories/${t.categoryId}`, { cookie: admin, json: { defaultOwnerId: ownerId } });
    const staff = await t.login('staff');
    const res = await t.req('POST', '/api/ideas', {
      cookie: staff,
      json: {
        title: 'Lainattavat sateenvarjot',
        body: 'Kirjastoon lainattavia sateenvarjoja.',
        categoryId: t.categoryId,
      },
    });
    const idea = await res.json();
    const email = createEmailSender<OutboxRow>(smtp.url, 'Pulputtamo <pulputtamo@kuopio.fi>');
    cleanups.push(() => email.close());
    const worker = createOutboxWorker({ store: outboxStore(t.db), clock: t.now, logger, senders: { email } });
    expect(await worker.drain()).toBe(1);
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail?.to).toEqual(['olli@kuopio.fi']);
    expect(mail?.from).toBe('pulputtamo@kuopio.fi');
    const text = unfoldMail(mail?.data ?? '');
    expect(text).toContain(`https://ideat.kuopio.fi/#/ideas/${idea.id}`);
    expect(text).toContain('Lainattavat sateenvarjot');
    expect(listOutbox(t.db).map((m) => m.status)).toEqual(['sent']);
    expect(await worker.drain()).toBe(0);
  });

  it('retries a failing webhook with exponential backoff, then gives up as dead', async () => {
    const hook = await startWebhook([500, 503, 500, 500]);
    const t = createTestApp();
    insertOutboxMessages(
      t.db,
      [
        {
          channel: 'webhook',
          recipient: hook.url,
          subject: 'Uusi idea: Sateenvarjot',
          bodyText: 'Uusi idea: **Sateenvarjot**',
          payload: { ideaId: 1, link: 'https://ideat.kuopio.fi/#/ideas/1' },
          dedupeKey: 'new-idea:1:webhook',
        },
      ],
      t.now(),
    );
    const worker = createOutboxWorker({
      store: outboxStore(t.db),
      clock: t.now,
      logger,
      senders: { webhook: createWebhookSender() },
      baseDelayMs: 1_000,
      maxAttempts: 3,
    });
    expect(await worker.drain()).toBe(0);
    let [row] = listOutbox(t.db);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: t.now() + 1_000 });
    expect(row?.lastError).toContain('500');
    expect(await worker.drain()).toBe(0);
    expect(hook.bodies).toHaveLength(1);
    t.advance(1_000);
    await worker.drain();
    [row] = listOutbox(t.db);
    expect(row).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: t.now() + 2_000 });
    t.advance(2_000);
    await worker.drain();
    [row] = listOutbox(t.db);
    expect(row).toMatchObject({ status: 'dead', attempts: 3 });
    expect(hook.bodies).toHaveLength(3);
    expect(hook.bodies[0]).toMatchObject({
      '@type': 'MessageCard',
      title: 'Uusi idea: Sateenvarjot',
      text: 'Uusi idea: **Sateenvarjot**',
      potentialAction: [{ '@type': 'OpenUri', targets: [{ uri: 'https://ideat.kuopio.fi/#/ideas/1' }] }],
      pulputtamo: { ideaId: 1 },
    });
    expect(retryDelay(20, 1_000, 60_000)).toBe(60_000);
  });

  it('sends after a restart what was queued before a crash', async () => {
    const smtp = await startSmtp();
    const dir = mkdtempSync(join(tmpdir(), 'pulputtamo-outbox-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'ideas.db');
    const before = openDb(path);
    insertOutboxMessages(
      before,
      ['a', 'b'].map((k) => ({
        channel: 'email' as const,
        recipient: `${k}@kuopio.fi`,
        subject: `Viesti ${k}`,
        bodyText: 'Hei',
        dedupeKey: `crash:${k}`,
      })),
      Date.now(),
    );
    // The process dies here: the rows are committed but nothing was sent.
    before.$client.close();
    const after = openDb(path);
    cleanups.push(() => {
      after.$client.close();
    });
    const email = createEmailSender<OutboxRow>(smtp.url, 'pulputtamo@kuopio.fi');
    cleanups.push(() => email.close());
    const worker = createOutboxWorker({ store: outboxStore(after), clock: Date.now, logger, senders: { email } });
    expect(await worker.drain()).toBe(2);
    expect(smtp.mails.flatMap((m) => m.to).sort()).toEqual(['a@kuopio.fi', 'b@kuopio.fi']);
    expect(listOutbox(after).every((m) => m.status === 'sent')).toBe(true);
  });

  it('keeps messages of a channel without a sender queued, and queues one message per dedupe key', async () => {
    const t = createTestApp();
    const message = {
      channel: 'email' as const,
      recipient: 'x@kuopio.fi',
      subject: 'S',
      bodyText: 'B',
      dedupeKey: 'k',
    };
    expect(insertOutboxMessages(t.db, [message, message], t.now())).toBe(1);
    expect(insertOutboxMessages(t.db, [message], t.now())).toBe(0);
    const worker = createOutboxWorker({
      store: outboxStore(t.db),
      clock: t.now,
      logger,
      senders: { webhook: createWebhookSender() },
    });
    expect(await worker.drain()).toBe(0);
    expect(listOutbox(t.db)).toMatchObject([{ status: 'pending', attempts: 0 }]);
  });
});
