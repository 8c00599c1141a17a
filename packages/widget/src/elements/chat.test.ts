import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clarifyReply, handoverReply, makeIntro, makeReply, SESSION } from '../../test/chat-fixtures.ts';
import { deep, deepAll, type FakeServer, fakeFetch, settle } from '../../test/fake-fetch.ts';
import './chat.ts';
import type { PulputtamoChat } from './chat.ts';

function serve(): FakeServer {
  return fakeFetch()
    .on('GET /api/bots/businesskuopio', (call) => ({ json: makeIntro((call.query.get('lang') as 'fi') ?? 'fi') }))
    .on('POST /api/bots/businesskuopio/messages', { json: makeReply() })
    .on('POST /api/bots/businesskuopio/feedback', { status: 204 })
    .on(`DELETE /api/bots/businesskuopio/sessions/${SESSION}`, { status: 204 });
}

async function mount(): Promise<PulputtamoChat> {
  const el = document.createElement('pulputtamo-chat');
  el.setAttribute('bot', 'businesskuopio');
  document.body.append(el);
  await settle();
  return el;
}

async function openChat(el: PulputtamoChat): Promise<void> {
  deep(el, '.launcher')?.click();
  await settle();
}

async function ask(el: PulputtamoChat, text: string): Promise<void> {
  const input = deep<HTMLTextAreaElement>(el, 'textarea') as HTMLTextAreaElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await settle();
}

const messages = (el: PulputtamoChat) =>
  deepAll(el, 'ol.log > li').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());

beforeEach(() => {
  sessionStorage.clear();
  document.documentElement.lang = 'fi';
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('<pulputtamo-chat>', () => {
  it('opens from the launcher with the greeting and topics, focus inside; Escape closes and returns focus', async () => {
    serve();
    const el = await mount();
    expect(deep(el, '.panel')?.hidden).toBe(true);
    expect(deep(el, '.launcher')?.textContent).toContain('Kysy chatbotilta');
    await openChat(el);
    expect(deep(el, '.panel')?.hidden).toBe(false);
    expect(el.shadowRoot?.activeElement?.id).toBe('input');
    expect(deep(el, 'h2')?.textContent).toBe('Business Kuopion chatbot');
    expect(messages(el)[0]).toContain('Hei! Olen Business Kuopion chatbot.');
    expect(deepAll(el, '.choice').map((b) => b.textContent?.trim())).toEqual(['Starttiraha', 'Yritysneuvoja']);
    deep(el, '.panel')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(deep(el, '.panel')?.hidden).toBe(true);
    expect(el.shadowRoot?.activeElement).toBe(deep(el, '.launcher'));
  });

  it('sends a question, renders the markdown answer, announces it and keeps the session across reloads', async () => {
    const server = serve();
    const el = await mount();
    await openChat(el);
    await ask(el, 'miten haen starttirahaa');
    expect(server.callsTo('POST /api/bots/businesskuopio/messages')[0]?.body).toEqual({
      text: 'miten haen starttirahaa',
      lang: 'fi',
    });
    expect(messages(el)[1]).toBe('Sinä: miten haen starttirahaa');
    expect(deep(el, 'ol.log > li:last-child strong')?.textContent).toBe('Starttiraha');
    expect(deep(el, 'ol.log > li:last-child .links a')?.getAttribute('href')).toBe('https://tyonavigaattori.fi/');
    expect(deep(el, '[aria-live]')?.textContent).toContain(
      'Business Kuopion chatbot: Starttiraha turvaa toimeentuloa.',
    );
    expect((deep<HTMLTextAreaElement>(el, 'textarea') as HTMLTextAreaElement).value).toBe('');
    // Only the latest answer offers buttons.
    expect(deepAll(el, '.choice').map((b) => b.textContent?.trim())).toEqual(['Liiketoimintasuunnitelma']);
    el.remove();
    const again = await mount();
    expect(again.open).toBe(true);
    expect(messages(again)).toHaveLength(3);
    await ask(again, 'entä YEL?');
    expect(server.callsTo('POST /api/bots/businesskuopio/messages')[1]?.body).toEqual({
      text: 'entä YEL?',
      lang: 'fi',
      sessionId: SESSION,
    });
  });

  it('sends quick replies and "did you mean" choices by id; asks for feedback only on real answers', async () => {
    const server = serve().on('POST /api/bots/businesskuopio/messages', (call) => ({
      json: (call.body as { choice?: string }).choice ? makeReply() : clarifyReply,
    }));
    const el = await mount();
    await openChat(el);
    await ask(el, 'rahaa');
    expect(deepAll(el, '.choice').map((b) => b.textContent?.trim())).toEqual([
      'Rahoitus',
      'Starttiraha',
      'Jotain muuta',
    ]);
    expect(deep(el, '.feedback')).toBeNull();
    deepAll(el, '.choice')[1]?.click();
    await settle();
    expect(server.callsTo('POST /api/bots/businesskuopio/messages')[1]?.body).toEqual({
      choice: 'biz_startup_grant',
      lang: 'fi',
      sessionId: SESSION,
    });
    expect(messages(el)[3]).toBe('Sinä: Starttiraha');
    const [yes] = deepAll(el, '.feedback button');
    yes?.click();
    await settle();
    expect(server.callsTo('POST /api/bots/businesskuopio/feedback')[0]?.body).toEqual({
      sessionId: SESSION,
      messageId: 2,
      helpful: true,
    });
    expect(deep(el, '.feedback')?.textContent).toContain('Kiitos palautteesta!');
  });

  it('never loses what the visitor typed when the network fails, and retries', async () => {
    let down = true;
    serve().on('POST /api/bots/businesskuopio/messages', () => (down ? { status: 0 } : { json: makeReply() }));
    const el = await mount();
    await openChat(el);
    await ask(el, 'starttiraha?');
    expect(deep(el, '[role="alert"]')?.textContent).toContain('Yhteys chat-palveluun katkesi');
    expect((deep<HTMLTextAreaElement>(el, 'textarea') as HTMLTextAreaElement).value).toBe('starttiraha?');
    expect(messages(el)).toHaveLength(1);
    down = false;
    deep(el, '[role="alert"] button')?.click();
    await settle();
    expect(deep(el, '[role="alert"]')).toBeNull();
    expect(messages(el)).toHaveLength(3);
    expect((deep<HTMLTextAreaElement>(el, 'textarea') as HTMLTextAreaElement).value).toBe('');
  });

  it('offers the contact form on handover and sends the request', async () => {
    const server = serve()
      .on('POST /api/bots/businesskuopio/messages', { json: handoverReply })
      .on('POST /api/bots/businesskuopio/contact-requests', {
        status: 201,
        json: { id: 1, target: 'business_advisor', delivery: 'stored' },
      });
    const el = await mount();
    await openChat(el);
    await ask(el, 'haluan puhua ihmisen kanssa');
    expect(deep(el, '.handover')?.textContent).toContain('Business Kuopion yritysneuvoja');
    const open = deepAll(el, '.choice').find((b) => b.textContent?.includes('Jätä yhteydenottopyyntö'));
    open?.click();
    await settle();
    const form = deep(el, 'pulputtamo-chat-contact-form') as HTMLElement;
    expect(form.shadowRoot?.activeElement?.id).toBe('name');
    expect((deep<HTMLTextAreaElement>(form, '#message') as HTMLTextAreaElement).value).toBe(
      'haluan puhua ihmisen kanssa',
    );
    deep<HTMLFormElement>(form, 'form')?.requestSubmit();
    await settle();
    expect(server.callsTo('POST /api/bots/businesskuopio/contact-requests')).toHaveLength(0);
    expect(deep(form, '#name')?.getAttribute('aria-invalid')).toBe('true');
    expect(deep(form, '#email-error')?.textContent).toBe('Anna sähköpostiosoite tai puhelinnumero.');
    const fill = (id: string, value: string) => {
      const input = deep<HTMLInputElement>(form, id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    fill('#name', 'Maija Yrittäjä');
    fill('#phone', '040 123 4567');
    const consent = deep<HTMLInputElement>(form, '#consent') as HTMLInputElement;
    consent.checked = true;
    consent.dispatchEvent(new Event('change'));
    deep<HTMLFormElement>(form, 'form')?.requestSubmit();
    await settle();
    expect(server.callsTo('POST /api/bots/businesskuopio/contact-requests')[0]?.body).toEqual({
      sessionId: SESSION,
      name: 'Maija Yrittäjä',
      phone: '040 123 4567',
      message: 'haluan puhua ihmisen kanssa',
      consent: true,
      target: 'business_advisor',
    });
    expect(deep(el, 'pulputtamo-chat-contact-form')).toBeNull();
    expect(deep(el, '.notice')?.textContent).toContain('Yhteydenottopyyntösi on vastaanotettu');
    expect(el.shadowRoot?.activeElement?.id).toBe('input');
  });

  it('switches language and clears the conversation here and on the service', async () => {
    const server = serve();
    const el = await mount();
    await openChat(el);
    await ask(el, 'starttiraha');
    const lang = deep<HTMLSelectElement>(el, '#lang') as HTMLSelectElement;
    lang.value = 'sv';
    lang.dispatchEvent(new Event('change'));
    await settle();
    expect(server.callsTo('GET /api/bots/businesskuopio').at(-1)?.query.get('lang')).toBe('sv');
    expect(deep(el, 'h2')?.textContent).toBe('Business Kuopios chattbot');
    expect(deep(el, 'button[type="submit"]')?.textContent).toBe('Skicka');
    await ask(el, 'startpeng');
    expect(server.callsTo('POST /api/bots/businesskuopio/messages')[1]?.body).toMatchObject({ lang: 'sv' });
    deep(el, '.head button[aria-label="Töm samtalet"]')?.click();
    await settle();
    expect(server.callsTo(`DELETE /api/bots/businesskuopio/sessions/${SESSION}`)).toHaveLength(1);
    expect(messages(el)).toEqual([
      'Business Kuopios chattbot: Hej! Jag är Business Kuopios chattbot. Starttiraha Yritysneuvoja',
    ]);
    expect(deep(el, '[aria-live]')?.textContent).toBe('Samtalet har tömts.');
    expect(JSON.parse(Object.values(sessionStorage).join('') || '{}').entries ?? []).toEqual([]);
  });

  it('starts a new session when the service has forgotten the old one', async () => {
    const server = serve().on('POST /api/bots/businesskuopio/messages', (call) =>
      (call.body as { sessionId?: string }).sessionId
        ? { status: 404, json: { type: '/problems/not-found', title: 'Not Found', status: 404 } }
        : { json: makeReply() },
    );
    sessionStorage.setItem(
      `pulputtamo-chat:${location.origin}:businesskuopio`,
      JSON.stringify({ v: 1, sessionId: 'old', lang: null, open: true, entries: [] }),
    );
    const el = await mount();
    await ask(el, 'starttiraha');
    expect(
      server.callsTo('POST /api/bots/businesskuopio/messages').map((c) => (c.body as { sessionId?: string }).sessionId),
    ).toEqual(['old', undefined]);
    expect(messages(el)).toHaveLength(3);
  });

  it('waits while the bot is still starting (503 with Retry-After) and then answers', async () => {
    let starting = 1;
    const server = serve().on('POST /api/bots/businesskuopio/messages', () =>
      starting-- > 0
        ? {
            status: 503,
            json: { type: '/problems/bot-starting', title: 'Service Unavailable', status: 503 },
            retryAfter: 1,
          }
        : { json: makeReply() },
    );
    const el = await mount();
    await openChat(el);
    await ask(el, 'starttiraha');
    expect(deep(el, '.typing')).not.toBeNull();
    await new Promise((r) => setTimeout(r, 1100));
    await settle();
    expect(server.callsTo('POST /api/bots/businesskuopio/messages')).toHaveLength(2);
    expect(deep(el, '[role="alert"]')).toBeNull();
    expect(messages(el)).toHaveLength(3);
  });

  it('says so when the bot is not served here', async () => {
    fakeFetch();
    const el = await mount();
    await openChat(el);
    expect(deep(el, '[role="alert"]')?.textContent).toContain('Chat ei ole nyt käytettävissä.');
  });
});
