// Test support: a tiny bot written into a temporary content folder. Its two card intents share the
// word "kirjastokortti", and both list the bare word as an example, so a message of only that word
// is ambiguous by construction (not by how the engine happens to weigh the other words).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

const loc = (fi: string, sv: string, en: string) => ({ fi, sv, en });

const BOT = {
  id: 'testbot',
  name: loc('Testibotti', 'Testbot', 'Test bot'),
  audience: 'public',
  languages: ['fi', 'sv', 'en'],
  defaultLanguage: 'fi',
  greeting: loc('Hei testi!', 'Hej test!', 'Hello test!'),
  openingQuickReplies: ['tst_card_new', 'tst_card_lost', 'tst_hours'],
  fallback: loc('En ymmärtänyt.', 'Jag förstod inte.', 'I did not understand.'),
  handoverOffer: loc('Ota yhteyttä ihmiseen.', 'Kontakta en människa.', 'Contact a person.'),
  didYouMean: loc('Tarkoititko?', 'Menade du?', 'Did you mean?'),
  somethingElse: loc('Jotain muuta', 'Något annat', 'Something else'),
  defaultHandover: 'desk',
  handoverTargets: [
    {
      id: 'desk',
      role: loc('Neuvonta', 'Rådgivning', 'Help desk'),
      contact: loc('puh. 017 000 000', 'tfn 017 000 000', 'phone 017 000 000'),
      email: 'desk@example.fi',
    },
  ],
};

const NEW_WORDS = [
  'uusi',
  'hankkia',
  'saada',
  'tilata',
  'tehdä',
  'ensimmäinen',
  'hakea',
  'ilmainen',
  'lapselle',
  'aikuiselle',
  'ostaa',
  'luoda',
];
const LOST_WORDS = [
  'hukassa',
  'kadonnut',
  'varastettu',
  'rikki',
  'unohtui',
  'hävisi',
  'kateissa',
  'löydä',
  'pudotin',
  'menetin',
  'tuhoutui',
  'hukkasin',
];
const HOURS_WORDS = [
  'aukioloajat',
  'auki',
  'milloin',
  'sunnuntaina',
  'lauantaina',
  'kello',
  'avautuu',
  'sulkeutuu',
  'tänään',
  'huomenna',
  'juhlapyhinä',
  'kesällä',
];

function intent(id: string, label: string, fi: string[], answer: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    label: loc(label, `${label} (sv)`, `${label} (en)`),
    examples: {
      fi,
      sv: fi.slice(0, 4).map((e) => `${e} sv`),
      en: fi.slice(0, 4).map((e) => `${e} en`),
    },
    answer: loc(answer, `${answer} (sv)`, `${answer} (en)`),
    link: { url: 'https://example.fi/testi', label: loc('Testisivu', 'Testsida', 'Test page') },
    quickReplies: [],
    handover: null,
    ...extra,
  };
}

/** The test bot's intent files by id; tests may change one before writing. */
export function testBotIntents(): Record<string, Record<string, unknown>> {
  return {
    tst_card_new: intent(
      'tst_card_new',
      'Uusi kortti',
      ['kirjastokortti', ...NEW_WORDS.map((w) => `kirjastokortti ${w}`)],
      'Uuden kortin saat tiskiltä.',
    ),
    tst_card_lost: intent(
      'tst_card_lost',
      'Kadonnut kortti',
      ['kirjastokortti', ...LOST_WORDS.map((w) => `kirjastokortti ${w}`)],
      'Ilmoita kadonneesta kortista.',
      { handover: 'desk' },
    ),
    tst_hours: intent(
      'tst_hours',
      'Aukioloajat',
      HOURS_WORDS.map((w) => `aukiolo ${w}`),
      'Auki arkisin 9–20.',
    ),
  };
}

/** Writes the test bot (with `intents` replacing the defaults) and returns the content folder. */
export function writeTestBot(intents: Record<string, unknown> = testBotIntents()): string {
  const contentDir = mkdtempSync(join(tmpdir(), 'pulputtamo-testbot-'));
  const dir = join(contentDir, 'testbot');
  mkdirSync(join(dir, 'intents'), { recursive: true });
  writeFileSync(join(dir, 'bot.yml'), stringify(BOT));
  for (const [id, data] of Object.entries(intents)) writeFileSync(join(dir, 'intents', `${id}.yml`), stringify(data));
  return contentDir;
}
