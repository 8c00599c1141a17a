// Never locked in again: a bot goes out as Rasa YAML or CSV and comes back the same; Rasa data as
// the AuroraAI/Botfront bots exported it comes in.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_CONTENT_DIR } from '../config.ts';
import { exportCsv } from './export-csv.ts';
import { exportRasaDomain, exportRasaNlu } from './export-rasa.ts';
import { importCsv } from './import-csv.ts';
import { importRasa } from './import-rasa.ts';
import { loadBot } from './load-bot.ts';
import { portableIntents } from './portable-intent.ts';
import { writeIntents } from './write-intents.ts';

const library = loadBot(join(DEFAULT_CONTENT_DIR, 'library'));
const tmp = mkdtempSync(join(tmpdir(), 'pulputtamo-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('Rasa round trip', () => {
  it.each(['businesskuopio', 'library', 'employer'])(
    'exports %s to nlu.yml + domain.yml and imports it back unchanged',
    (botId) => {
      const intents = portableIntents(loadBot(join(DEFAULT_CONTENT_DIR, botId)));
      const nlu = exportRasaNlu(intents);
      const domain = exportRasaDomain(intents);
      expect(parse(nlu).nlu[0]).toMatchObject({ intent: intents[0]?.id, metadata: { language: 'fi' } });
      expect(parse(domain).responses[`utter_${intents[0]?.id}`][1]).toMatchObject({ language: 'sv' });
      const back = importRasa({
        nlu: [{ name: 'nlu.yml', text: nlu }],
        domain: { name: 'domain.yml', text: domain },
        defaultLang: 'fi',
      });
      expect(back.warnings).toEqual([]);
      expect(back.intents).toEqual(intents);
    },
  );

  it('writes imported intents as content files that load to the same bot', () => {
    const intents = portableIntents(library);
    const back = importRasa({
      nlu: [{ name: 'nlu.yml', text: exportRasaNlu(intents) }],
      domain: { name: 'domain.yml', text: exportRasaDomain(intents) },
      defaultLang: 'fi',
    });
    const dir = join(tmp, 'roundtrip', 'library');
    cpSync(join(DEFAULT_CONTENT_DIR, 'library', 'bot.yml'), join(dir, 'bot.yml'));
    writeIntents(dir, back.intents);
    expect(loadBot(dir)).toEqual(library);
  });
});

describe('CSV round trip', () => {
  it('exports question,answer,intent,lang and imports the same examples and answers', () => {
    const intents = portableIntents(library, [
      { intentId: 'lib_events', text: 'onko satutunteja lapsille', lang: 'fi' },
    ]);
    const csv = exportCsv(intents);
    expect(csv.split('\r\n')[0]).toBe('\ufeffquestion,answer,intent,lang');
    const back = importCsv(csv, { defaultLang: 'fi' });
    expect(back.warnings).toEqual([]);
    const shape = (list: typeof intents) => list.map((i) => ({ id: i.id, examples: i.examples, answer: i.answer }));
    expect(shape(back.intents)).toEqual(shape(intents));
    expect(back.intents.find((i) => i.id === 'lib_events')?.examples.fi).toContain('onko satutunteja lapsille');
  });

  it('groups a plain FAQ sheet by answer and detects the language', () => {
    const sheet = [
      '\ufeffKysymys;Vastaus',
      'Milloin kirjasto on auki?;Pääkirjasto on auki arkisin 9–20.',
      'Mihin aikaan kirjasto aukeaa?;Pääkirjasto on auki arkisin 9–20.',
      'When is the library open?;The main library is open on weekdays 9–20.',
      '"Paljonko ""myöhästymismaksu"" on?";Myöhästymismaksu on 0,20 € päivässä.',
    ].join('\n');
    const { intents, warnings } = importCsv(sheet, { defaultLang: 'fi' });
    expect(warnings).toEqual([]);
    expect(intents.map((i) => i.id)).toEqual(['faq_1', 'faq_2', 'faq_3']);
    expect(intents[0]?.examples.fi).toEqual(['Milloin kirjasto on auki?', 'Mihin aikaan kirjasto aukeaa?']);
    expect(intents[1]).toMatchObject({
      examples: { en: ['When is the library open?'] },
      answer: { en: expect.any(String) },
    });
    expect(intents[2]?.examples.fi).toEqual(['Paljonko "myöhästymismaksu" on?']);
  });
});

const AURORA_NLU_FI = `version: "2.0"
nlu:
- intent: chitchat/time
  examples: |
    - paljonko kello on
    - mitä kello on nyt
- intent: kirjasto_aukiolo
  examples: |
    - milloin [Pääkirjasto](kirjasto) on auki
    - onko [Kuopion kirjasto]{"entity": "kirjasto"} auki tänään
- synonym: pääkirjasto
  examples: |
    - keskuskirjasto
`;
const AURORA_NLU_SV = `version: "2.0"
nlu:
- intent: chitchat/time
  examples: |
    - vad är klockan
- intent: kirjasto_aukiolo
  examples: |
    - när är biblioteket öppet
`;
const AURORA_DOMAIN = `version: "2.0"
intents:
- chitchat/time
- kirjasto_aukiolo
responses:
  utter_chitchat/time:
  - text: En näe kelloa, mutta laitteesi näyttää ajan.
    language: fi
  - text: Jag ser ingen klocka, men din enhet visar tiden.
    language: sv
  utter_kirjasto_aukiolo:
  - text: Pääkirjasto on auki arkisin 9–20.
    language: fi
    buttons:
    - title: Mitä kello on?
      payload: /chitchat/time
  - text: Huomenta! Toinen vastausvaihtoehto.
    language: fi
  - text: Huvudbiblioteket är öppet vardagar 9–20.
    language: sv
  utter_default:
  - text: En ymmärtänyt.
    language: fi
`;

describe('Rasa import of an AuroraAI/Botfront export', () => {
  it('reads retrieval intents, per-language files and responses, and names what it skipped', () => {
    const result = importRasa({
      nlu: [
        { name: 'data/nlu/fi.yml', text: AURORA_NLU_FI, lang: 'fi' },
        { name: 'data/nlu/sv.yml', text: AURORA_NLU_SV, lang: 'sv' },
      ],
      domain: { name: 'domain.yml', text: AURORA_DOMAIN },
      defaultLang: 'fi',
    });
    expect(result.intents.map((i) => i.id)).toEqual(['chitchat__time', 'kirjasto_aukiolo']);
    const [time, hours] = result.intents;
    expect(time?.examples).toEqual({ fi: ['paljonko kello on', 'mitä kello on nyt'], sv: ['vad är klockan'], en: [] });
    expect(time?.answer.sv).toBe('Jag ser ingen klocka, men din enhet visar tiden.');
    expect(time?.label).toEqual({ fi: 'Mitä kello on?', sv: 'vad är klockan' });
    expect(hours?.examples.fi).toEqual(['milloin Pääkirjasto on auki', 'onko Kuopion kirjasto auki tänään']);
    expect(hours?.answer).toEqual({
      fi: 'Pääkirjasto on auki arkisin 9–20.',
      sv: 'Huvudbiblioteket är öppet vardagar 9–20.',
    });
    expect(hours?.quickReplies).toEqual(['chitchat__time']);
    expect(result.warnings).toEqual([
      'data/nlu/fi.yml: nlu.2 (synonym) is not an intent; skipped',
      'domain.yml: utter_kirjasto_aukiolo has more than one fi variant; the first is kept',
      'domain.yml: response utter_default answers no intent of the NLU data; skipped',
    ]);
    const domain = parse(exportRasaDomain(result.intents));
    expect(Object.keys(domain.responses)).toEqual(['utter_chitchat/time', 'utter_kirjasto_aukiolo']);
    expect(parse(exportRasaNlu(result.intents)).nlu[0].intent).toBe('chitchat/time');
  });

  it('detects the language of examples in a file that says none', () => {
    const { intents } = importRasa({
      nlu: [
        {
          name: 'nlu.yml',
          text: 'nlu:\n- intent: greet\n  examples: |\n    - hyvää huomenta kaikille\n    - good morning everyone\n    - god morgon på er\n',
        },
      ],
      defaultLang: 'fi',
    });
    expect(intents[0]?.examples).toEqual({
      fi: ['hyvää huomenta kaikille'],
      en: ['good morning everyone'],
      sv: ['god morgon på er'],
    });
  });
});
