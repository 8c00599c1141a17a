// Conversations through HTTP with the real content of the three bots (trained once for the file),
// and with a tiny test bot whose intents are ambiguous by construction.
import { rmSync } from 'node:fs';
import { type BotIntro, type MessageReply, messageReplySchema, SOMETHING_ELSE } from '@pulputtamo/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { listMessages } from '../db/messages.ts';
import { createTestApp, trainTestBots } from '../test-app.ts';
import { writeTestBot } from '../test-content.ts';

const ALL = { CHATBOT_BOTS: 'businesskuopio,library,employer' };
const t = createTestApp({ env: ALL, bots: trainTestBots(ALL) });

interface Flow {
  hello: string;
  question: string;
  intent: string;
  thanks: string;
  bye: string;
}

const FLOWS: Record<string, Record<'fi' | 'sv' | 'en', Flow>> = {
  businesskuopio: {
    fi: {
      hello: 'Hei!',
      question: 'Miten perustan yrityksen?',
      intent: 'biz_start_business',
      thanks: 'Kiitos paljon!',
      bye: 'Hei hei',
    },
    sv: {
      hello: 'Hej!',
      question: 'Hur blir jag företagare?',
      intent: 'biz_start_business',
      thanks: 'Tack så mycket!',
      bye: 'Hej då!',
    },
    en: {
      hello: 'Hello there',
      question: 'Is there free advice for starting a business?',
      intent: 'biz_start_business',
      thanks: 'Thanks, that helped.',
      bye: 'Bye!',
    },
  },
  library: {
    fi: {
      hello: 'Hei!',
      question: 'Miten saan kirjastokortin?',
      intent: 'lib_get_library_card',
      thanks: 'Kiitos avusta',
      bye: 'Heippa',
    },
    sv: {
      hello: 'Hej!',
      question: 'Hur förnyar jag mina lån?',
      intent: 'lib_renew_loans',
      thanks: 'Tack!',
      bye: 'Hej då',
    },
    en: {
      hello: 'Hi there',
      question: 'How do I get a library card?',
      intent: 'lib_get_library_card',
      thanks: 'Thank you!',
      bye: 'Goodbye',
    },
  },
  employer: {
    fi: {
      hello: 'Huomenta!',
      question: 'Milloin on palkkapäivä?',
      intent: 'hr_pay_day',
      thanks: 'Kiitos, tämä auttoi',
      bye: 'Heippa',
    },
    sv: {
      hello: 'Hej!',
      question: 'När betalas lönen?',
      intent: 'hr_pay_day',
      thanks: 'Tack ska du ha!',
      bye: 'Hej då!',
    },
    en: {
      hello: 'Good morning',
      question: 'When is pay day?',
      intent: 'hr_pay_day',
      thanks: 'Thanks a lot!',
      bye: 'See you!',
    },
  },
};

const prefix = (botId: string) => ({ businesskuopio: 'biz', library: 'lib', employer: 'hr' })[botId];

describe('bots', () => {
  it('lists the bots served here with their languages', async () => {
    const res = await t.req('GET', '/api/bots');
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.map((b: { id: string }) => b.id)).toEqual(['businesskuopio', 'library', 'employer']);
    expect(items[1]).toMatchObject({ languages: ['fi', 'sv', 'en'], defaultLanguage: 'fi', audience: 'public' });
    // CORS names the configured embedding sites only (CHATBOT_EMBED_ORIGINS, locally the ideas service).
    const embedded = await t.req('GET', '/api/bots', { headers: { origin: 'http://localhost:3000' } });
    expect(embedded.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const stranger = await t.req('GET', '/api/bots', { headers: { origin: 'https://evil.example' } });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    expect(embedded.headers.get('content-security-policy')).toContain("frame-ancestors 'self' http://localhost:3000");
  });

  it('opens with the greeting and the topics as quick replies, in the asked language', async () => {
    const res = await t.req('GET', '/api/bots/library?lang=sv');
    const intro = (await res.json()) as BotIntro;
    expect(intro.lang).toBe('sv');
    expect(intro.greeting.text).toMatch(/^Hej!/);
    expect(intro.greeting.quickReplies[0]).toEqual({ id: 'lib_get_library_card', label: 'Skaffa lånekort' });
    expect(intro.greeting.html).toContain('<p>');
  });
});

describe.each(Object.keys(FLOWS))('%s conversation', (botId) => {
  it.each(['fi', 'sv', 'en'] as const)(
    'greets, answers with its link, takes thanks and says goodbye in %s',
    async (lang) => {
      const flow = FLOWS[botId]?.[lang] as Flow;
      const p = prefix(botId);
      const hello = await t.send(botId, { text: flow.hello });
      expect(messageReplySchema.parse(hello)).toBeTruthy();
      expect(hello).toMatchObject({ lang, intent: { id: `${p}_greeting` }, fallback: false });
      expect(hello.answer.quickReplies.length).toBeGreaterThan(0);
      const sessionId = hello.sessionId;

      const answer = await t.send(botId, { text: flow.question, sessionId });
      expect(answer).toMatchObject({ sessionId, lang, intent: { id: flow.intent }, fallback: false });
      expect(answer.intent?.confidence).toBeGreaterThan(0.3);
      const intent = t.bots.get(botId)?.intentById.get(flow.intent);
      expect(answer.answer.text).toBe(intent?.answer[lang]);
      expect(answer.answer.links).toEqual([{ url: intent?.link?.url, label: intent?.link?.label[lang] }]);
      expect(answer.alternatives).toBeUndefined();
      if (intent?.handover) expect(answer.handover?.target).toBe(intent.handover);

      const thanks = await t.send(botId, { text: flow.thanks, sessionId });
      expect(thanks.intent?.id).toBe(`${p}_thanks`);
      const bye = await t.send(botId, { text: flow.bye, sessionId });
      expect(bye.intent?.id).toBe(`${p}_goodbye`);
      expect(bye.answer.actions).toContain('clear-conversation');
      expect(listMessages(t.db, sessionId)).toHaveLength(8);
    },
  );
});

describe('dialogue policy', () => {
  it('offers a person directly after two fallbacks in a row', async () => {
    const first = await t.send('businesskuopio', { text: 'qwerty zxcvb' });
    expect(first).toMatchObject({ intent: null, fallback: true });
    expect(first.handover).toBeUndefined();
    expect(first.answer.quickReplies.map((q) => q.id)).toContain('biz_ask_human');
    const second = await t.send('businesskuopio', { text: 'qwerty zxcvb?', sessionId: first.sessionId });
    expect(second).toMatchObject({
      intent: null,
      fallback: true,
      handover: { target: 'business_advisor', liveChat: false },
    });
    expect(second.answer.actions).toContain('contact-request');
    expect(second.answer.text).toBe(t.bots.get('businesskuopio')?.bot.handoverOffer[second.lang]);
  });

  it('routes "talk to a person" to the expert of what the conversation was about', async () => {
    const start = await t.send('businesskuopio', { text: 'Miten perustan yrityksen?' });
    const human = await t.send('businesskuopio', { text: 'Haluan puhua ihmisen kanssa', sessionId: start.sessionId });
    expect(human.intent?.id).toBe('biz_ask_human');
    expect(human.handover).toMatchObject({ target: 'startup_advisor' });
    const fresh = await t.send('businesskuopio', { text: 'Haluan puhua ihmisen kanssa' });
    expect(fresh.handover?.target).toBe('business_advisor');
  });

  it('answers the out-of-scope intent with its own answer but counts it as a fallback', async () => {
    const reply = await t.send('library', { text: 'Milloin uimahalli on auki?' });
    expect(reply).toMatchObject({ intent: { id: 'lib_out_of_scope' }, fallback: true });
    expect(reply.answer.text).toBe(t.bots.get('library')?.intentById.get('lib_out_of_scope')?.answer.fi);
  });

  it('resolves a quick reply by id without NLU', async () => {
    const hello = await t.send('library', { text: 'Hei!' });
    const picked = await t.send('library', { choice: 'lib_renew_loans', sessionId: hello.sessionId });
    expect(picked).toMatchObject({ intent: { id: 'lib_renew_loans', confidence: 1 }, lang: 'fi', fallback: false });
    const stored = listMessages(t.db, hello.sessionId);
    expect(stored.at(-2)).toMatchObject({ role: 'user', text: 'Lainojen uusiminen' });
    const res = await t.req('POST', '/api/bots/library/messages', { json: { choice: 'biz_start_business' } });
    expect(res.status).toBe(400);
    expect((await res.json()).type).toBe('/problems/unknown-choice');
  });

  it('uses the page language as a hint when the text says too little', async () => {
    const reply = await t.send('library', { text: 'ok', lang: 'sv' });
    expect(reply.lang).toBe('sv');
  });

  it('clears the conversation: nothing is left and the session is gone', async () => {
    const hello = await t.send('library', { text: 'Hei!' });
    await t.send('library', { text: 'Miten saan kirjastokortin?', sessionId: hello.sessionId });
    const res = await t.req('DELETE', `/api/bots/library/sessions/${hello.sessionId}`);
    expect(res.status).toBe(204);
    expect(listMessages(t.db, hello.sessionId)).toEqual([]);
    const after = await t.req('POST', '/api/bots/library/messages', {
      json: { text: 'Hei', sessionId: hello.sessionId },
    });
    expect(after.status).toBe(404);
    expect((await after.json()).type).toBe('/problems/session-not-found');
    expect((await t.req('DELETE', `/api/bots/library/sessions/${hello.sessionId}`)).status).toBe(404);
  });

  it('records helpful / not helpful per answer and lets the visitor change their mind', async () => {
    const reply = await t.send('library', { text: 'Miten saan kirjastokortin?' });
    const feedback = (helpful: boolean, messageId = reply.messageId) =>
      t.req('POST', '/api/bots/library/feedback', { json: { sessionId: reply.sessionId, messageId, helpful } });
    expect((await feedback(true)).status).toBe(204);
    expect((await feedback(true)).status).toBe(204);
    const stats = async () => {
      const res = await t.req('GET', '/api/admin/bots/library/stats', { admin: true });
      const body = await res.json();
      return body.intents.find((i: { id: string }) => i.id === 'lib_get_library_card');
    };
    expect(await stats()).toMatchObject({ helpful: 1, notHelpful: 0 });
    expect((await feedback(false)).status).toBe(204);
    expect(await stats()).toMatchObject({ helpful: 0, notHelpful: 1 });
    expect((await feedback(false, reply.messageId - 1)).status).toBe(404);
  });
});

describe('did you mean', () => {
  const contentDir = writeTestBot();
  afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
  const tb = createTestApp({ env: { CHATBOT_BOTS: 'testbot', CHATBOT_CONTENT_DIR: contentDir } });

  it('asks between close intents, with "something else", and answers the one picked by id', async () => {
    const ask = await tb.send('testbot', { text: 'kirjastokortti' });
    expect(ask.fallback).toBe(false);
    expect(ask.alternatives?.map((a) => a.id).sort()).toEqual(['tst_card_lost', 'tst_card_new']);
    expect(ask.answer.text).toBe('Tarkoititko?');
    expect(ask.answer.quickReplies.at(-1)).toEqual({ id: SOMETHING_ELSE, label: 'Jotain muuta' });
    expect(ask.intent?.id).toBe(ask.alternatives?.[0]?.id);

    const picked = await tb.send('testbot', { choice: 'tst_card_lost', sessionId: ask.sessionId });
    expect(picked).toMatchObject({ intent: { id: 'tst_card_lost', confidence: 1 }, fallback: false });
    expect(picked.answer.text).toBe('Ilmoita kadonneesta kortista.');
    expect(picked.handover?.target).toBe('desk');
  });

  it('takes "something else" as not understood: asks to rephrase and keeps the question for content owners', async () => {
    const ask = await tb.send('testbot', { text: 'kirjastokortti' });
    const other: MessageReply = await tb.send('testbot', { choice: SOMETHING_ELSE, sessionId: ask.sessionId });
    expect(other).toMatchObject({ intent: null, fallback: true });
    expect(other.answer.text).toMatch(/omin sanoin/);
    const again = await tb.send('testbot', { text: 'zzzz qqqq', sessionId: ask.sessionId });
    expect(again.handover?.target).toBe('desk');
    const res = await tb.req('GET', '/api/admin/bots/testbot/unanswered', { admin: true });
    const texts = (await res.json()).items.map((q: { text: string }) => q.text);
    expect(texts).toEqual(['zzzz qqqq', 'kirjastokortti']);
  });

  it('answers a clear winner without asking', async () => {
    const reply = await tb.send('testbot', { text: 'kirjastokortti hukassa' });
    expect(reply.alternatives).toBeUndefined();
    expect(reply.intent?.id).toBe('tst_card_lost');
  });
});
