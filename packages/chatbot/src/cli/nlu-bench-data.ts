// Loads the public intent benchmarks (CLINC150, MASSIVE fi-FI/sv-SE/en-US) from the shared bench-data folder.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NluExample, NluLang } from '../nlu/nlu-model.ts';

/** One benchmark: training, tuning and test splits; out-of-scope messages where the data has them. */
export interface BenchDataset {
  name: string;
  lang: NluLang;
  train: NluExample[];
  /** Training messages in no intent (CLINC150 `oos_train`); they train a hidden out-of-scope class. */
  trainOutOfScope: NluExample[];
  /** Tuning split (CLINC150 val, MASSIVE dev): temperature and threshold are chosen here. */
  tune: NluExample[];
  tuneOutOfScope: NluExample[];
  test: NluExample[];
  testOutOfScope: NluExample[];
}

export const DATASET_NAMES = ['clinc150', 'massive-fi-FI', 'massive-sv-SE', 'massive-en-US'] as const;

/** `../shared/bench-data` beside the repository (the folder holding `packages/`). */
export function defaultBenchDataDir(): string {
  return resolve(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'bench-data');
}

function read(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) {
    throw new Error(
      `Benchmark data not found: ${path}\n` +
        'The benchmark reads ../shared/bench-data beside the repository (see its README.md for the files);\n' +
        'put the data there or pass --data <folder>.',
    );
  }
  return readFileSync(path, 'utf8');
}

function loadClinc(dir: string): BenchDataset {
  const data = JSON.parse(read(dir, 'clinc150.json')) as Record<string, [string, string][]>;
  const lang = 'en' as const;
  const split = (key: string): NluExample[] => {
    const rows = data[key];
    if (!Array.isArray(rows)) throw new Error(`clinc150.json: the "${key}" split is missing`);
    return rows.map(([text, intent]) => ({ text, intent, lang }));
  };
  return {
    name: 'clinc150',
    lang,
    train: split('train'),
    trainOutOfScope: split('oos_train'),
    tune: split('val'),
    tuneOutOfScope: split('oos_val'),
    test: split('test'),
    testOutOfScope: split('oos_test'),
  };
}

function loadMassive(dir: string, locale: string): BenchDataset {
  const lang = locale.slice(0, 2) as NluLang;
  const rows = read(dir, `massive-${locale}.jsonl`)
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { partition: string; intent: string; utt: string });
  const split = (partition: string): NluExample[] =>
    rows.filter((r) => r.partition === partition).map((r) => ({ text: r.utt, intent: r.intent, lang }));
  return {
    name: `massive-${locale}`,
    lang,
    train: split('train'),
    trainOutOfScope: [],
    tune: split('dev'),
    tuneOutOfScope: [],
    test: split('test'),
    testOutOfScope: [],
  };
}

/** Reads one dataset by name; throws with a clear message when the data folder or file is missing. */
export function loadBenchDataset(dir: string, name: (typeof DATASET_NAMES)[number]): BenchDataset {
  if (!existsSync(dir)) {
    throw new Error(
      `Benchmark data folder not found: ${dir}\n` +
        'Expected ../shared/bench-data beside the repository folder (pass --data <folder> to use another).',
    );
  }
  return name === 'clinc150' ? loadClinc(dir) : loadMassive(dir, name.slice('massive-'.length));
}
