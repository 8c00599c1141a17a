// `pnpm nlu:bench`: trains and tests the NLU engine and NLP.js on CLINC150 and MASSIVE fi/sv/en, prints one table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chooseThresholdForRecall } from '../nlu/choose-threshold.ts';
import { classify } from '../nlu/classify.ts';
import { deserializeModel } from '../nlu/deserialize-model.ts';
import type { NluExample } from '../nlu/nlu-model.ts';
import { serializeModel } from '../nlu/serialize-model.ts';
import { trainModel } from '../nlu/train-model.ts';
import { type BenchDataset, DATASET_NAMES, defaultBenchDataDir, loadBenchDataset } from './nlu-bench-data.ts';
import { type BenchMetrics, type BenchPrediction, computeBenchMetrics } from './nlu-bench-metrics.ts';
import { formatBenchTable } from './nlu-bench-table.ts';
import { trainNlpjs } from './nlu-nlpjs.ts';
import { createProgressBar } from './nlu-progress.ts';

/** One row of `bench-results/nlu.json`. */
export interface BenchRow {
  dataset: string;
  system: string;
  accuracy: number;
  oosRecall: number | null;
  trainMs: number;
  p50Ms: number;
  p99Ms: number;
}

const USAGE = `Usage: pnpm nlu:bench [--quick] [--dataset clinc150,massive-fi-FI,…] [--no-nlpjs] [--data <folder>]
  --quick      for development: a fifth of the training data, tuned on half the validation
               split and scored on the other half (the test split is not touched; nothing written)
  --dataset    only these datasets (${DATASET_NAMES.join(', ')})
  --no-nlpjs   skip the NLP.js peer
  --data       benchmark data folder (default ../shared/bench-data beside the repository)`;

/**
 * The operating point of the open-set benchmark (CLINC150): the target is in-scope accuracy with
 * at least 50 % of out-of-scope messages caught, so the threshold is the lowest one that catches
 * 60 % of the validation split's out-of-scope messages: 50 % plus two standard errors of a recall
 * measured on its 100 messages (√(0.5 × 0.5 / 100) = 5 points). Both systems get the same rule.
 */
const MIN_OUT_OF_SCOPE_RECALL = 0.6;

/** Every `step`-th item from `offset` on: a deterministic sample that keeps every intent. */
const sample = <T>(items: T[], step: number, offset = 0): T[] => items.filter((_, i) => i % step === offset);

/** Development splits that never touch the test data: validation halves for tuning and scoring. */
function quickSplits(full: BenchDataset): BenchDataset {
  return {
    ...full,
    train: sample(full.train, 5),
    trainOutOfScope: sample(full.trainOutOfScope, 5),
    tune: sample(full.tune, 2),
    tuneOutOfScope: sample(full.tuneOutOfScope, 2),
    test: sample(full.tune, 2, 1),
    testOutOfScope: sample(full.tuneOutOfScope, 2, 1),
  };
}

/**
 * Answers every item (the first pass gives the predictions), then times every item again: the
 * latency is that of the second pass, with the JIT and caches warm as in a running service.
 */
async function timeEach<T>(
  label: string,
  items: readonly T[],
  run: (item: T) => Promise<string | undefined> | string | undefined,
) {
  const out: BenchPrediction[] = [];
  if (items.length === 0) return out;
  const bar = createProgressBar(label, items.length * 2);
  for (const item of items) {
    out.push({ intent: await run(item), ms: 0 });
    bar.tick();
  }
  for (const [i, item] of items.entries()) {
    const started = performance.now();
    await run(item);
    out[i]!.ms = performance.now() - started;
    bar.tick();
  }
  bar.done();
  return out;
}

async function benchPulputtamo(
  data: BenchDataset,
  notes: string[],
): Promise<{ metrics: BenchMetrics; trainMs: number }> {
  const bar = createProgressBar(`${data.name} · pulputtamo: train`, 0);
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const trained = trainModel(data.train, {
    defaultLang: data.lang,
    outOfScope: data.trainOutOfScope,
    validation: {
      examples: data.tune,
      outOfScope: data.tuneOutOfScope,
      minOutOfScopeRecall: MIN_OUT_OF_SCOPE_RECALL,
    },
  });
  const trainMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  bar.done();
  const json = serializeModel(trained);
  // The test runs on a model read back from JSON; load time is the median of five reads.
  const loads: number[] = [];
  let model = trained;
  for (let i = 0; i < 5; i++) {
    const loadStarted = performance.now();
    model = deserializeModel(json);
    loads.push(performance.now() - loadStarted);
  }
  const firstLoad = loads[0]!;
  loads.sort((a, b) => a - b);
  notes.push(
    `${data.name}: pulputtamo trained in ${(trainMs / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU); ` +
      `model ${model.intents.length} intents, ${model.hashes.length} features, ${(json.length / 1e6).toFixed(1)} MB JSON, ` +
      `loads in ${loads[2]!.toFixed(0)} ms (median of 5; first ${firstLoad.toFixed(0)} ms); ` +
      `temperature ${model.temperature.toFixed(3)}, threshold ${model.threshold.toFixed(3)}`,
  );
  const openSet = data.testOutOfScope.length > 0;
  const predict = (e: NluExample) => {
    const result = classify(model, e.text, { lang: data.lang });
    return openSet && result.outOfScope ? undefined : result.ranking[0]?.intent;
  };
  return { metrics: await scoreOnTest(data, 'pulputtamo', predict), trainMs };
}

/** Runs `predict` over the test split (in scope, then out of scope), timing each call, and scores it. */
async function scoreOnTest(
  data: BenchDataset,
  system: string,
  predict: (e: NluExample) => string | undefined | Promise<string | undefined>,
): Promise<BenchMetrics> {
  const label = `${data.name} · ${system}: test`;
  const inScope = await timeEach(label, data.test, predict);
  const outOfScope = await timeEach(`${label} (out of scope)`, data.testOutOfScope, predict);
  return computeBenchMetrics(
    data.test.map((e, i) => ({ gold: e.intent, prediction: inScope[i]! })),
    outOfScope,
  );
}

async function benchNlpjs(data: BenchDataset, notes: string[]): Promise<{ metrics: BenchMetrics; trainMs: number }> {
  const bar = createProgressBar(`${data.name} · nlp.js: train`, 0);
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const nlp = await trainNlpjs(data.train, data.trainOutOfScope, data.lang);
  const trainMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  bar.done();
  notes.push(
    `${data.name}: nlp.js trained in ${(trainMs / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`,
  );
  let threshold = 0;
  if (data.tuneOutOfScope.length > 0) {
    // NLP.js gets the same threshold rule as Pulputtamo, chosen on the same validation split.
    const tuneBar = createProgressBar(
      `${data.name} · nlp.js: choose threshold`,
      data.tune.length + data.tuneOutOfScope.length,
    );
    const inScope: { confidence: number; correct: boolean }[] = [];
    for (const e of data.tune) {
      const r = await nlp.classify(e.text);
      inScope.push({ confidence: r.confidence, correct: r.intent === e.intent });
      tuneBar.tick();
    }
    const oos: number[] = [];
    for (const e of data.tuneOutOfScope) {
      oos.push((await nlp.classify(e.text)).confidence);
      tuneBar.tick();
    }
    threshold = chooseThresholdForRecall(inScope, oos, MIN_OUT_OF_SCOPE_RECALL);
    tuneBar.done();
    notes.push(`${data.name}: nlp.js threshold ${threshold.toFixed(3)} (chosen on validation)`);
  }
  const predict = async (e: NluExample) => {
    const r = await nlp.classify(e.text);
    return r.confidence < threshold ? undefined : r.intent;
  };
  return { metrics: await scoreOnTest(data, 'nlp.js', predict), trainMs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      dataset: { type: 'string' },
      'no-nlpjs': { type: 'boolean', default: false },
      data: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const wanted = values.dataset?.split(',').map((s) => s.trim()) ?? [...DATASET_NAMES];
  const unknown = wanted.filter((w) => !(DATASET_NAMES as readonly string[]).includes(w));
  if (unknown.length > 0) throw new Error(`Unknown dataset: ${unknown.join(', ')}\n${USAGE}`);
  const dir = values.data ?? defaultBenchDataDir();
  const rows: (BenchRow & { oosPrecision: number | null })[] = [];
  const notes: string[] = [];
  for (const name of DATASET_NAMES.filter((n) => wanted.includes(n))) {
    const full = loadBenchDataset(dir, name);
    const data: BenchDataset = values.quick ? quickSplits(full) : full;
    const systems = values['no-nlpjs']
      ? [['pulputtamo', benchPulputtamo] as const]
      : ([
          ['pulputtamo', benchPulputtamo],
          ['nlp.js', benchNlpjs],
        ] as const);
    for (const [system, run] of systems) {
      const { metrics, trainMs } = await run(data, notes);
      rows.push({ dataset: name, system, ...metrics, trainMs });
    }
  }
  if (values.quick) console.log('Quick run: scores are on half of each validation split, not on the test split.\n');
  console.log(formatBenchTable(rows));
  for (const note of notes) console.log(`  ${note}`);
  if (values.quick || values.dataset || values['no-nlpjs']) {
    console.log('\nPartial run: bench-results/nlu.json left unchanged (run without options to write it).');
    return;
  }
  const outDir = join(import.meta.dirname, '..', '..', 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const json: BenchRow[] = rows.map(({ dataset, system, accuracy, oosRecall, trainMs, p50Ms, p99Ms }) => ({
    dataset,
    system,
    accuracy,
    oosRecall,
    trainMs,
    p50Ms,
    p99Ms,
  }));
  writeFileSync(join(outDir, 'nlu.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nWrote ${join('bench-results', 'nlu.json')}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
