// Payloads shaped like the chatbot service's answers, for component tests.
import type { BotIntro, MessageReply } from '@pulputtamo/shared';

export const SESSION = '7a959ad3-95ad-4761-9762-da915088e2af';

export function makeIntro(lang: 'fi' | 'sv' | 'en' = 'fi'): BotIntro {
  const greeting = {
    fi: 'Hei! Olen Business Kuopion chatbot.',
    sv: 'Hej! Jag är Business Kuopios chattbot.',
    en: 'Hi!',
  }[lang];
  return {
    id: 'businesskuopio',
    name: lang === 'sv' ? 'Business Kuopios chattbot' : 'Business Kuopion chatbot',
    languages: ['fi', 'sv', 'en'],
    defaultLanguage: 'fi',
    audience: 'public',
    ready: true,
    lang,
    greeting: {
      text: greeting,
      html: '',
      quickReplies: [
        { id: 'biz_startup_grant', label: 'Starttiraha' },
        { id: 'biz_ask_human', label: 'Yritysneuvoja' },
      ],
      links: [],
      actions: [],
    },
  };
}

export function makeReply(over: Partial<MessageReply> = {}): MessageReply {
  return {
    sessionId: SESSION,
    messageId: 2,
    lang: 'fi',
    intent: { id: 'biz_startup_grant', confidence: 0.97 },
    answer: {
      text: '**Starttiraha** turvaa toimeentuloa.\n\n- haetaan Työmarkkinatorissa',
      html: '',
      quickReplies: [{ id: 'biz_business_plan', label: 'Liiketoimintasuunnitelma' }],
      links: [{ url: 'https://tyonavigaattori.fi/', label: 'Työnavigaattori' }],
      actions: [],
    },
    fallback: false,
    ...over,
  };
}

export const handoverReply = makeReply({
  messageId: 4,
  intent: { id: 'biz_ask_human', confidence: 0.99 },
  answer: {
    text: 'Voit jättää **yhteydenottopyynnön**.',
    html: '',
    quickReplies: [],
    links: [],
    actions: ['contact-request'],
  },
  handover: {
    target: 'business_advisor',
    contact: 'Jätä yhteydenottopyyntö tämän chatin lomakkeella.',
    role: 'Business Kuopion yritysneuvoja',
    hours: null,
    url: null,
    liveChat: false,
  },
});

export const clarifyReply = makeReply({
  messageId: 6,
  intent: { id: 'biz_growth_funding', confidence: 0.41 },
  answer: {
    text: 'Tarkoititko jotain näistä?',
    html: '',
    quickReplies: [
      { id: 'biz_growth_funding', label: 'Rahoitus' },
      { id: 'biz_startup_grant', label: 'Starttiraha' },
      { id: 'something_else', label: 'Jotain muuta' },
    ],
    links: [],
    actions: [],
  },
  alternatives: [
    { id: 'biz_growth_funding', label: 'Rahoitus' },
    { id: 'biz_startup_grant', label: 'Starttiraha' },
  ],
});
