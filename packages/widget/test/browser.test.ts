// @vitest-environment node
// End to end in real headless Chromium against both services running as processes: the chat on the
// BusinessKuopio demo page, the staff idea app and the intranet demo; axe-core on every page and
// main state; screenshots into test-artifacts/widget/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MessageReply } from '@pulputtamo/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { axeViolations, focusedId, launchBrowser, screenshot, watchErrors } from './e2e/browser-tools.ts';
import { freePort, type RunningService, startService, waitForBots } from './e2e/start-service.ts';

vi.setConfig({ testTimeout: 60_000 });

const dataDir = mkdtempSync(join(tmpdir(), 'pulputtamo-widget-e2e-'));
let chatbot: RunningService;
let ideas: RunningService;
let browser: Browser;

beforeAll(async () => {
  // Each service names the other (CSP connect-src, CORS), so the ports are chosen up front.
  const [chatPort, ideasPort] = [await freePort(), await freePort()];
  [chatbot, ideas, browser] = await Promise.all([
    startService('chatbot', {
      CHATBOT_PORT: String(chatPort),
      CHATBOT_DB: join(dataDir, 'chatbot.db'),
      CHATBOT_BOTS: 'businesskuopio,employer',
      CHATBOT_INTERNAL: '1',
      CHATBOT_EMBED_ORIGINS: `http://localhost:${ideasPort}`,
    }),
    startService('ideas', {
      IDEAS_PORT: String(ideasPort),
      IDEAS_DB: join(dataDir, 'ideas.db'),
      SEED: '1',
      IDEAS_CHAT_URL: `http://localhost:${chatPort}`,
    }),
    launchBrowser(),
  ]);
  await waitForBots(chatbot.url, 240_000);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([chatbot?.stop(), ideas?.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
});

async function expectAccessible(page: Page, state: string): Promise<void> {
  expect(await axeViolations(page), `axe violations in ${state}`).toEqual([]);
  await screenshot(page, state);
}

/** Types into the chat and waits for the bot's reply (the HTTP answer, parsed). */
async function ask(page: Page, text: string): Promise<MessageReply> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/messages') && r.request().method() === 'POST');
  await page.locator('pulputtamo-chat textarea').fill(text);
  await page.keyboard.press('Enter');
  const reply = (await (await answered).json()) as MessageReply;
  await page.locator('pulputtamo-chat .typing').waitFor({ state: 'detached' });
  return reply;
}

const botMessages = (page: Page) => page.locator('pulputtamo-chat ol.log > li.bot');

describe('the BusinessKuopio chat on /demo', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    errors = watchErrors(page);
    await page.goto(`${chatbot.url}/demo`);
  });
  afterAll(() => context.close());

  it('opens by keyboard with focus in the panel and answers a question', async () => {
    await page.locator('pulputtamo-chat .launcher').waitFor();
    await expectAccessible(page, 'chat-closed');
    await page.locator('pulputtamo-chat .launcher').focus();
    await page.keyboard.press('Enter');
    expect(await focusedId(page, 'pulputtamo-chat')).toBe('input');
    await botMessages(page).first().waitFor();
    expect(await botMessages(page).first().textContent()).toContain('Business Kuopion chatbot');
    await expectAccessible(page, 'chat-open');

    const reply = await ask(page, 'Miten haen starttirahaa?');
    expect(reply.intent?.id).toBe('biz_startup_grant');
    expect(reply.fallback).toBe(false);
    const answer = botMessages(page).last();
    expect(await answer.locator('strong').first().textContent()).toBe('Starttiraha');
    expect(await page.locator('pulputtamo-chat [aria-live]').textContent()).toContain('Starttiraha');
    await page.locator('pulputtamo-chat .feedback button', { hasText: 'Kyllä' }).click();
    await page.locator('pulputtamo-chat .feedback', { hasText: 'Kiitos palautteesta!' }).waitFor();
    await expectAccessible(page, 'chat-answer');
  });

  it('falls back on a question it cannot answer and hands over to a person with the contact form', async () => {
    const fallback = await ask(page, 'qwerty asdfgh zxcvbn');
    expect(fallback.fallback).toBe(true);
    expect(fallback.intent).toBeNull();
    await expectAccessible(page, 'chat-fallback');

    const handover = await ask(page, 'Haluan puhua ihmisen kanssa');
    expect(handover.handover?.target).toBeTruthy();
    await page.locator('pulputtamo-chat .handover').last().waitFor();
    await page.locator('pulputtamo-chat .choice', { hasText: 'Jätä yhteydenottopyyntö' }).click();
    expect(await focusedId(page, 'pulputtamo-chat')).toBe('name');
    await page.locator('pulputtamo-chat-contact-form #name').fill('Maija Yrittäjä');
    await page.locator('pulputtamo-chat-contact-form #email').fill('maija@example.fi');
    await page.locator('pulputtamo-chat-contact-form #consent').check();
    await expectAccessible(page, 'chat-contact-form');
    const sent = page.waitForResponse((r) => r.url().endsWith('/contact-requests'));
    await page.locator('pulputtamo-chat-contact-form button[type="submit"]').click();
    expect((await sent).status()).toBe(201);
    await page.locator('pulputtamo-chat .notice', { hasText: 'Yhteydenottopyyntösi on vastaanotettu' }).waitFor();
    await expectAccessible(page, 'chat-contact-sent');
  });

  it('switches to Swedish and answers in Swedish', async () => {
    await page.locator('pulputtamo-chat #lang').selectOption('sv');
    await page.locator('pulputtamo-chat h2', { hasText: 'Business Kuopios chattbot' }).waitFor();
    const reply = await ask(page, 'Hur ansöker jag om startpeng?');
    expect(reply.lang).toBe('sv');
    expect(reply.intent?.id).toBe('biz_startup_grant');
    expect(await page.locator('pulputtamo-chat button[type="submit"]').textContent()).toContain('Skicka');
    await expectAccessible(page, 'chat-swedish');
  });

  it('keeps what was typed when the network fails and sends it on retry', async () => {
    await page.route('**/api/bots/businesskuopio/messages', (route) => route.abort('internetdisconnected'));
    await page.locator('pulputtamo-chat textarea').fill('Tarvitsenko luvan ravintolalle?');
    await page.keyboard.press('Enter');
    await page.locator('pulputtamo-chat .composer [role="alert"]').waitFor();
    expect(await page.locator('pulputtamo-chat textarea').inputValue()).toBe('Tarvitsenko luvan ravintolalle?');
    await expectAccessible(page, 'chat-network-error');
    await page.unroute('**/api/bots/businesskuopio/messages');
    const answered = page.waitForResponse((r) => r.url().endsWith('/messages'));
    await page.locator('pulputtamo-chat .composer [role="alert"] button').click();
    expect((await answered).status()).toBe(200);
    await page.locator('pulputtamo-chat .composer [role="alert"]').waitFor({ state: 'detached' });
    expect(await page.locator('pulputtamo-chat textarea').inputValue()).toBe('');
  });

  it('keeps the conversation across page loads, clears it, and closes with Escape back to the launcher', async () => {
    const before = await botMessages(page).count();
    await page.reload();
    await botMessages(page)
      .nth(before - 1)
      .waitFor();
    expect(await botMessages(page).count()).toBe(before);
    await page.locator('pulputtamo-chat .head button[aria-label="Töm samtalet"]').click();
    await page.locator('pulputtamo-chat li.user').first().waitFor({ state: 'detached' });
    expect(await botMessages(page).count()).toBe(1);
    await page.locator('pulputtamo-chat textarea').focus();
    await page.keyboard.press('Escape');
    expect(await focusedId(page, 'pulputtamo-chat')).toBe('launcher');
    expect(errors).toEqual([]);
  });
});

describe('the staff idea app on / and the intranet demo', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let newIdeaId = 0;

  async function signIn(username: string, displayName: string): Promise<void> {
    await page.goto(`${ideas.url}/`);
    const signOut = page.locator('pulputtamo-staff-app header button');
    if (await signOut.count()) {
      await signOut.click();
    }
    await page.locator('pulputtamo-staff-app #username').fill(username);
    await page.locator('pulputtamo-staff-app #display-name').fill(displayName);
    await page.locator('pulputtamo-staff-app form.signin button[type="submit"]').click();
    await page.locator('pulputtamo-idea-list .card').first().waitFor();
  }

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterAll(() => context.close());

  it('signs in and shows the board', async () => {
    await page.goto(`${ideas.url}/`);
    await page.locator('pulputtamo-staff-app #username').waitFor();
    await expectAccessible(page, 'staff-sign-in');
    await signIn('tyontekija', 'Tiina Työntekijä');
    expect(await page.locator('pulputtamo-staff-app header').textContent()).toContain('Tiina Työntekijä');
    await expectAccessible(page, 'staff-board');
  });

  it('gives a thumbs-up and comments on an idea', async () => {
    const card = page
      .locator('pulputtamo-idea-list .card')
      .filter({ has: page.locator('button.vote[aria-pressed="false"]') })
      .first();
    const title = await card.locator('h3').textContent();
    const vote = card.locator('button.vote');
    const before = Number(await vote.textContent().then((t) => t?.match(/\d+/)?.[0]));
    await vote.click();
    const pressed = page.locator('pulputtamo-idea-list .card', { hasText: title ?? '' }).locator('button.vote');
    await page.waitForFunction((el) => el?.getAttribute('aria-pressed') === 'true', await pressed.elementHandle());
    expect(Number((await pressed.textContent())?.match(/\d+/)?.[0])).toBe(before + 1);

    await page.locator('pulputtamo-idea-list .card h3 a', { hasText: title ?? '' }).click();
    await page.locator('pulputtamo-idea-detail h2').waitFor();
    expect(await focusedId(page, 'pulputtamo-staff-app')).toBe('idea-title');
    await page.locator('pulputtamo-idea-detail #comment').fill('Hyvä idea, kannatan!');
    await page.locator('pulputtamo-idea-detail form.comment button').click();
    await page.locator('pulputtamo-idea-detail ol.comments li', { hasText: 'Hyvä idea, kannatan!' }).waitFor();
    await expectAccessible(page, 'idea-detail-commented');
  });

  it('suggests similar ideas while typing a new idea and submits it with an owner chosen by the bot', async () => {
    await page.goto(`${ideas.url}/#/new`);
    await page.locator('pulputtamo-idea-form #title').waitFor();
    await page
      .locator('pulputtamo-idea-form #title')
      .pressSequentially('Salasanan vaihto itsepalveluna', { delay: 10 });
    await page.locator('pulputtamo-idea-form .similar', { hasText: 'Salasanan vaihto ilman soittoa tukeen' }).waitFor();
    await page.locator('pulputtamo-idea-form #body').fill('Salasanan voisi vaihtaa itse vahvalla tunnistautumisella.');
    await expectAccessible(page, 'idea-form-similar');
    await page.locator('pulputtamo-idea-form button[type="submit"]').click();
    await page.waitForURL(/#\/ideas\/\d+$/);
    newIdeaId = Number(new URL(page.url()).hash.split('/').pop());
    await page.locator('pulputtamo-ideas .notice', { hasText: 'Kiitos ideastasi!' }).waitFor();
    await page.locator('pulputtamo-idea-detail .owner', { hasText: 'Miksi tämä vastuuhenkilö?' }).waitFor();
    await expectAccessible(page, 'idea-submitted');
  });

  it('lets an admin hand the idea over and the new owner change its status with a response', async () => {
    await signIn('admin', 'Anna Ylläpitäjä');
    await page.goto(`${ideas.url}/#/ideas/${newIdeaId}`);
    await page.locator('pulputtamo-idea-actions #person-q').fill('Olli');
    const olli = page.locator('pulputtamo-idea-actions #person option', { hasText: 'Olli Omistaja' });
    await olli.waitFor({ state: 'attached' });
    await page.locator('pulputtamo-idea-actions #person').selectOption((await olli.getAttribute('value')) ?? '');
    await page.locator('pulputtamo-idea-actions form').nth(1).locator('button[type="submit"]').click();
    await page.locator('pulputtamo-idea-detail .owner', { hasText: 'Olli Omistaja' }).waitFor();

    await signIn('omistaja', 'Olli Omistaja');
    await page.goto(`${ideas.url}/#/ideas/${newIdeaId}`);
    await page.locator('pulputtamo-idea-actions #new-status').selectOption('under_review');
    await page.locator('pulputtamo-idea-actions #response').fill('Selvitämme itsepalvelun ICT:n kanssa.');
    await page.locator('pulputtamo-idea-actions form').first().locator('button[type="submit"]').click();
    await page.locator('pulputtamo-idea-detail .meta .status', { hasText: 'Käsittelyssä' }).waitFor();
    await page.locator('pulputtamo-idea-detail ol.history', { hasText: 'Selvitämme itsepalvelun' }).waitFor();
    await expectAccessible(page, 'idea-owner-status');
  });

  it('shows the whole app in English', async () => {
    await page.goto(`${ideas.url}/`);
    await page.locator('pulputtamo-staff-app #lang').selectOption('en');
    await page.locator('pulputtamo-idea-list h2', { hasText: 'Ideas' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(page, 'staff-board-english');
    await page.locator('pulputtamo-staff-app #lang').selectOption('fi');
  });

  it('renders idea HTML safely even if the service sent a script', async () => {
    await page.route(`**/api/ideas/${newIdeaId}`, async (route) => {
      const res = await route.fetch();
      const idea = await res.json();
      idea.bodyHtml =
        '<p>Turvallinen <a href="https://kuopio.fi">linkki</a></p><img src=x onerror="window.__xss=1"><script>window.__xss=2</script><a href="javascript:window.__xss=3">x</a>';
      await route.fulfill({ response: res, json: idea });
    });
    await page.goto(`${ideas.url}/#/ideas/${newIdeaId}`);
    await page.locator('pulputtamo-idea-detail .prose a[href="https://kuopio.fi"]').waitFor();
    expect(await page.locator('pulputtamo-idea-detail .prose img, pulputtamo-idea-detail .prose script').count()).toBe(
      0,
    );
    expect(await page.locator('pulputtamo-idea-detail .prose a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.unroute(`**/api/ideas/${newIdeaId}`);
    // Chromium reports the injected onerror handler as refused by the CSP (a second wall); that is the
    // attack being stopped, not a fault of the page.
    expect(errors.every((e) => e.includes('inline event handler'))).toBe(true);
    errors.length = 0;
  });

  it('shows the intranet demo with the latest ideas and the employer chat', async () => {
    await page.goto(`${ideas.url}/demo/intranet?chat-api=${encodeURIComponent(chatbot.url)}`);
    await page.locator('pulputtamo-ideas[view="latest"] ol.compact li').first().waitFor();
    expect(await page.locator('pulputtamo-ideas[view="latest"] ol.compact li').count()).toBe(5);
    await expectAccessible(page, 'intranet');
    await page.locator('pulputtamo-chat .launcher').click();
    const reply = await ask(page, 'Miten ilmoitan sairauspoissaolosta?');
    expect(reply.fallback).toBe(false);
    await expectAccessible(page, 'intranet-employer-chat');
    expect(errors).toEqual([]);
  });
});
