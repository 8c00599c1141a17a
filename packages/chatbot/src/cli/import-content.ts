// `pnpm content:import <bot-id> (--rasa nlu.yml[:lang]… [--domain domain.yml] | --csv file.csv)
// [--lang fi] [--content-dir dir]`: writes the imported intents into bots/<bot-id>/intents (an
// existing intent keeps what the import does not carry and gains the new examples), then checks
// the bot and lists what a content owner still has to fill in.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONTENT_DIR } from '../config.ts';
import { BOT_LANGS, type BotLang } from '../content/bot-schema.ts';
import { importCsv } from '../content/import-csv.ts';
import { importRasa, type RasaFile } from '../content/import-rasa.ts';
import { ContentError, loadBot } from '../content/load-bot.ts';
import { writeIntents } from '../content/write-intents.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rasa: { type: 'string', multiple: true, default: [] },
    domain: { type: 'string' },
    csv: { type: 'string' },
    lang: { type: 'string', default: 'fi' },
    'content-dir': { type: 'string', default: DEFAULT_CONTENT_DIR },
  },
});
const [botId] = positionals;
const isLang = (s: string | undefined): s is BotLang => (BOT_LANGS as readonly string[]).includes(s ?? '');
if (!botId || (values.rasa.length === 0) === !values.csv || !isLang(values.lang)) {
  console.error(
    'Usage: pnpm content:import <bot-id> (--rasa nlu.yml[:fi|sv|en]… [--domain domain.yml] | --csv file.csv) [--lang fi] [--content-dir dir]',
  );
  process.exit(2);
}
const defaultLang = values.lang;
/** File arguments are relative to where `pnpm` was run, not to this package. */
const here = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

/** `data/nlu/fi.yml:fi` → the file, read, with its language. */
function rasaFile(arg: string): RasaFile {
  const match = arg.match(/^(.*):(fi|sv|en)$/);
  const name = match?.[1] ?? arg;
  return { name, text: readFileSync(here(name), 'utf8'), ...(match ? { lang: match[2] as BotLang } : {}) };
}

const result = values.csv
  ? importCsv(readFileSync(here(values.csv), 'utf8'), { defaultLang, name: values.csv })
  : importRasa({
      nlu: values.rasa.map(rasaFile),
      ...(values.domain ? { domain: { name: values.domain, text: readFileSync(here(values.domain), 'utf8') } } : {}),
      defaultLang,
    });
for (const warning of result.warnings) console.warn(`warning: ${warning}`);
const botDir = join(here(values['content-dir']), botId);
const files = writeIntents(botDir, result.intents);
console.log(`wrote ${files.length} intent files under ${join(botDir, 'intents')}`);
try {
  const { intents } = loadBot(botDir);
  console.log(`${botId}: content is valid (${intents.length} intents)`);
} catch (err) {
  if (!(err instanceof ContentError)) throw err;
  console.error(`${botId}: still to fill in before the bot can be served:\n  ${err.problems.join('\n  ')}`);
  process.exit(1);
}
