// `pnpm content:check [bot-id…]`: validates the bots' content files and prints per-intent counts.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, loadBot } from '../content/load-bot.ts';

const botsDir = join(import.meta.dirname, '..', '..', 'bots');
const ids =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : readdirSync(botsDir)
        .filter((name) => existsSync(join(botsDir, name, 'bot.yml')))
        .sort();
let failed = false;
for (const id of ids) {
  try {
    const { intents } = loadBot(join(botsDir, id));
    const n = (lang: 'fi' | 'sv' | 'en') => intents.reduce((sum, i) => sum + i.examples[lang].length, 0);
    console.log(`${id}: ${intents.length} intents, examples fi ${n('fi')}, sv ${n('sv')}, en ${n('en')}`);
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    failed = true;
    console.error(`${id}: ${err.message}`);
  }
}
process.exit(failed ? 1 : 0);
