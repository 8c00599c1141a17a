// `pnpm nlu:eval <bot>`: k-fold cross-validation over one bot's examples; per-intent precision/recall and collisions.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, loadBot } from '../content/load-bot.ts';
import { buildIntentReport, type IntentReport } from '../nlu/build-intent-report.ts';
import { crossValidate } from '../nlu/cross-validate.ts';
import { findSimilarPhrasings } from '../nlu/find-similar-phrasings.ts';
import { DEFAULT_THRESHOLD } from '../nlu/fit-model.ts';
import { fitTemperature } from '../nlu/fit-temperature.ts';
import type { NluExample } from '../nlu/nlu-model.ts';
import { formatMisses } from './nlu-eval-misses.ts';
import { createProgressBar } from './nlu-progress.ts';

const USAGE = `Usage: pnpm nlu:eval <bot-id> [--folds 5] [--pairs 15] [--misses] [--seed 1] [--bots <folder>]
  Cross-validates the bot's intent examples (every example classified by a model trained
  without it) and prints per-intent precision and recall and the intents most often confused.
  --misses: also list every misclassified example, by intent, with what it was taken for.
  --seed: shuffles the folds (and the training order) differently; the accuracy moves by about a
    point between seeds, so judge a content change on a few seeds, not one.
  --bots: the folder holding the bots' content folders (default: the package's bots/).`;

let botsDir = join(import.meta.dirname, '..', '..', 'bots');
const pct = (v: number) => `${(v * 100).toFixed(1)}%`.padStart(6);

function listBots(): string[] {
  return existsSync(botsDir)
    ? readdirSync(botsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
}

function printReport(botId: string, report: IntentReport, folds: number, pairs: number): void {
  console.log(
    `\n${botId}: ${report.examples} examples, ${report.intents.length} intents, ${folds}-fold cross-validation`,
  );
  console.log(`top-1 accuracy ${pct(report.accuracy).trim()}`);
  console.log(
    `  by language: ${report.byLang.map((l) => `${l.lang} ${pct(l.accuracy).trim()} (${l.examples})`).join(', ')}`,
  );
  console.log(
    `  right answers under the ${DEFAULT_THRESHOLD} fallback threshold: ${report.underThreshold} (they would get the fallback)`,
  );
  const width = Math.max(6, ...report.intents.map((i) => i.intent.length));
  console.log(`\n${'intent'.padEnd(width)}  support  precision  recall      F1   (worst first)`);
  for (const i of report.intents) {
    console.log(
      `${i.intent.padEnd(width)}  ${String(i.support).padStart(7)}  ${pct(i.precision).padStart(9)}  ${pct(i.recall)}  ${pct(i.f1)}`,
    );
  }
  console.log(`\nMost confused intent pairs (examples of one taken for the other):`);
  if (report.confusions.length === 0) console.log('  none');
  for (const pair of report.confusions.slice(0, pairs)) {
    console.log(`  ${String(pair.count).padStart(3)}  ${pair.a} <-> ${pair.b}`);
    for (const s of pair.samples) console.log(`         "${s.example.text}" (${s.example.intent} → ${s.predicted})`);
  }
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      folds: { type: 'string', default: '5' },
      pairs: { type: 'string', default: '15' },
      misses: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      bots: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.bots) botsDir = values.bots;
  const botId = positionals[0];
  if (values.help || !botId) {
    console.log(`${USAGE}\n  Bots: ${listBots().join(', ') || '(none yet)'}`);
    return values.help ? 0 : 1;
  }
  const folds = Number(values.folds);
  const pairs = Number(values.pairs);
  const seed = Number(values.seed);
  if (!Number.isInteger(folds) || folds < 2) throw new Error('--folds must be an integer of at least 2');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const dir = join(botsDir, botId);
  if (!existsSync(dir)) {
    console.error(`No bot "${botId}" in ${botsDir} (bots: ${listBots().join(', ') || 'none yet'}).`);
    return 1;
  }
  const intentsDir = join(dir, 'intents');
  const files = existsSync(intentsDir) ? readdirSync(intentsDir).filter((f) => f.endsWith('.yml')) : [];
  if (files.length === 0) {
    console.error(`${dir} has no content yet (no intents/*.yml files): there is nothing to evaluate.`);
    return 1;
  }
  let content: ReturnType<typeof loadBot>;
  try {
    content = loadBot(dir);
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    console.error(`${err.message}\nFix the content first (pnpm --filter @pulputtamo/chatbot content:check ${botId}).`);
    return 1;
  }
  const examples: NluExample[] = content.intents.flatMap((intent) =>
    (['fi', 'sv', 'en'] as const).flatMap((lang) =>
      intent.examples[lang].map((text) => ({ text, intent: intent.id, lang })),
    ),
  );
  if (content.intents.length < 2) {
    console.error(`${dir} has ${content.intents.length} intent: at least two are needed to confuse anything.`);
    return 1;
  }
  const bar = createProgressBar(`${botId}: cross-validation`, folds);
  const cv = crossValidate(examples, { defaultLang: content.bot.defaultLanguage, seed }, folds, () => bar.tick());
  bar.done();
  const scored = cv.outcomes.flatMap(({ logits, label }) =>
    logits && Number.isFinite(logits[label]) ? [{ logits, label }] : [],
  );
  const report = buildIntentReport(cv, fitTemperature(scored), DEFAULT_THRESHOLD);
  printReport(botId, report, folds, pairs);
  const similar = findSimilarPhrasings(examples);
  console.log(`\nNear-identical examples in different intents (reword or move one):`);
  if (similar.length === 0) console.log('  none');
  for (const s of similar.slice(0, pairs)) {
    console.log(`  "${s.a.text}" (${s.a.intent})  ~  "${s.b.text}" (${s.b.intent})`);
  }
  if (values.misses) console.log(`\n${formatMisses(report).join('\n')}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
