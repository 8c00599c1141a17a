// `pnpm content:export <bot-id> [--format rasa|csv] [--out dir] [--db file] [--content-dir dir]`:
// writes a bot's content as Rasa YAML (<bot>-nlu.yml, <bot>-domain.yml) or a CSV of
// question,answer,intent,lang, with the examples added through the admin API when --db is given.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONTENT_DIR } from '../config.ts';
import type { BotLang } from '../content/bot-schema.ts';
import { exportCsv } from '../content/export-csv.ts';
import { exportRasaDomain, exportRasaNlu } from '../content/export-rasa.ts';
import { ContentError, loadBot } from '../content/load-bot.ts';
import { portableIntents } from '../content/portable-intent.ts';
import { listAddedExamples } from '../db/added-examples.ts';
import { openDb } from '../db/client.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string', default: 'rasa' },
    out: { type: 'string', default: '.' },
    db: { type: 'string' },
    'content-dir': { type: 'string', default: DEFAULT_CONTENT_DIR },
  },
});
const [botId] = positionals;
if (!botId || !['rasa', 'csv'].includes(values.format)) {
  console.error('Usage: pnpm content:export <bot-id> [--format rasa|csv] [--out dir] [--db file] [--content-dir dir]');
  process.exit(2);
}

/** Path arguments are relative to where `pnpm` was run, not to this package. */
const here = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

let added: { intentId: string; text: string; lang: BotLang }[] = [];
if (values.db) {
  if (!existsSync(here(values.db))) {
    console.error(`content:export: no database at ${values.db}`);
    process.exit(2);
  }
  const db = openDb(here(values.db));
  added = listAddedExamples(db, botId).map((e) => ({ intentId: e.intentId, text: e.text, lang: e.lang as BotLang }));
  db.$client.close();
}

try {
  const intents = portableIntents(loadBot(join(here(values['content-dir']), botId)), added);
  const out = here(values.out);
  mkdirSync(out, { recursive: true });
  const files =
    values.format === 'csv'
      ? { [`${botId}-questions.csv`]: exportCsv(intents) }
      : { [`${botId}-nlu.yml`]: exportRasaNlu(intents), [`${botId}-domain.yml`]: exportRasaDomain(intents) };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(out, name), text);
    console.log(`wrote ${join(out, name)}`);
  }
  console.log(`${intents.length} intents, ${added.length} examples added through the admin API`);
} catch (err) {
  if (!(err instanceof ContentError)) throw err;
  console.error(`content:export: ${err.message}`);
  process.exit(1);
}
