// k-fold cross-validation: every example scored by a model that did not see it.
import { computeLogits } from './compute-logits.ts';
import { createRandom } from './create-random.ts';
import { type FitOptions, fitModel } from './fit-model.ts';
import type { NluExample, NluLang } from './nlu-model.ts';
import { resolveLang } from './resolve-lang.ts';
import { isReadable } from './score-intents.ts';
import { vectorizeText } from './vectorize.ts';

/** One example's out-of-fold result. */
export interface FoldOutcome {
  example: NluExample;
  /** Index of the example's intent in `CrossValidation.intents`. */
  label: number;
  lang: NluLang;
  /** Raw scores in `intents` order (−Infinity for intents its fold's model never saw); undefined when the model could read nothing in it. */
  logits: Float64Array | undefined;
}

export interface CrossValidation {
  intents: string[];
  outcomes: FoldOutcome[];
}

/**
 * Splits the examples into `folds` parts, stratified by intent (each intent's examples are dealt
 * round-robin after a seeded shuffle), fits a model on all parts but one and scores the held-out
 * part, for every part (`onFold` hears after each). Deterministic for the same examples, options and seed.
 */
export function crossValidate(
  examples: readonly NluExample[],
  options: FitOptions = {},
  folds = 5,
  onFold?: (done: number, total: number) => void,
): CrossValidation {
  const intents = [...new Set(examples.map((e) => e.intent))].sort();
  const index = new Map(intents.map((id, i) => [id, i]));
  const random = createRandom(options.seed ?? 1);
  const fold = new Int32Array(examples.length);
  for (const intent of intents) {
    const members = examples.flatMap((e, i) => (e.intent === intent ? [i] : []));
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    members.forEach((m, position) => {
      fold[m] = position % folds;
    });
  }
  const defaultLang = options.defaultLang ?? 'fi';
  const outcomes: FoldOutcome[] = examples.map((example) => ({
    example,
    label: index.get(example.intent) ?? 0,
    lang: resolveLang(example.text, example.lang, defaultLang),
    logits: undefined,
  }));
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, i) => fold[i] !== f);
    if (train.length === 0) continue;
    const model = fitModel(train, options);
    const toGlobal = model.intents.map((id) => index.get(id) ?? 0);
    outcomes.forEach((outcome, i) => {
      if (fold[i] !== f) return;
      const vector = vectorizeText(model, outcome.example.text, outcome.lang);
      if (!isReadable(vector)) return;
      const local = computeLogits(model, vector);
      const logits = new Float64Array(intents.length).fill(Number.NEGATIVE_INFINITY);
      toGlobal.forEach((global, c) => {
        logits[global] = local[c]!;
      });
      outcome.logits = logits;
    });
    onFold?.(f + 1, folds);
  }
  return { intents, outcomes };
}
