// Turns cross-validation outcomes into what content owners need: per-intent precision and recall, colliding pairs.
import type { CrossValidation } from './cross-validate.ts';
import type { NluExample, NluLang } from './nlu-model.ts';
import { softmax } from './softmax.ts';

/** Precision and recall of one intent over the held-out examples. */
export interface IntentScore {
  intent: string;
  /** Held-out examples of this intent. */
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Two intents whose examples the model mixes up, in both directions together. */
export interface ConfusedPair {
  a: string;
  b: string;
  /** Examples of `a` taken for `b` plus examples of `b` taken for `a`. */
  count: number;
  /** A few of the mixed-up examples with the intent they were taken for. */
  samples: { example: NluExample; predicted: string }[];
}

/** One held-out example the model got wrong, with what it answered instead. */
export interface Misclassified {
  example: NluExample;
  /** Undefined when the model could read nothing in the example (no known feature). */
  predicted: string | undefined;
  /** The model's confidence in `predicted` (at the report's temperature); 0 when nothing was predicted. */
  confidence: number;
}

export interface IntentReport {
  examples: number;
  accuracy: number;
  /** Right answers that would still fall back because their confidence is under the threshold. */
  underThreshold: number;
  byLang: { lang: NluLang; examples: number; accuracy: number }[];
  intents: IntentScore[];
  confusions: ConfusedPair[];
  /** Every wrongly classified example, grouped by its own intent (in intent id order), most confident mistake first. */
  misses: Misclassified[];
}

const SAMPLES_PER_PAIR = 3;

/**
 * Scores every held-out example's top intent (confidences at `temperature`) against its label.
 * Intents come out worst F1 first; confused pairs most frequent first.
 */
export function buildIntentReport(cv: CrossValidation, temperature: number, threshold: number): IntentReport {
  const n = cv.intents.length;
  const truePos = new Int32Array(n);
  const predicted = new Int32Array(n);
  const support = new Int32Array(n);
  const pairs = new Map<string, ConfusedPair>();
  const langs = new Map<NluLang, { examples: number; correct: number }>();
  let correct = 0;
  let underThreshold = 0;
  const misses: Misclassified[] = [];
  for (const { example, label, lang, logits } of cv.outcomes) {
    support[label]!++;
    const perLang = langs.get(lang) ?? { examples: 0, correct: 0 };
    perLang.examples++;
    langs.set(lang, perLang);
    if (!logits) {
      misses.push({ example, predicted: undefined, confidence: 0 });
      continue;
    }
    const probs = softmax(logits, temperature);
    let best = 0;
    for (let c = 1; c < n; c++) if (probs[c]! > probs[best]!) best = c;
    predicted[best]!++;
    if (best === label) {
      truePos[label]!++;
      correct++;
      perLang.correct++;
      if (probs[best]! < threshold) underThreshold++;
      continue;
    }
    misses.push({ example, predicted: cv.intents[best]!, confidence: probs[best]! });
    const [a, b] = [cv.intents[label]!, cv.intents[best]!].sort() as [string, string];
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key) ?? { a, b, count: 0, samples: [] };
    pair.count++;
    if (pair.samples.length < SAMPLES_PER_PAIR) pair.samples.push({ example, predicted: cv.intents[best]! });
    pairs.set(key, pair);
  }
  const intents = cv.intents.map((intent, i) => {
    const precision = predicted[i]! > 0 ? truePos[i]! / predicted[i]! : 0;
    const recall = support[i]! > 0 ? truePos[i]! / support[i]! : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { intent, support: support[i]!, precision, recall, f1 };
  });
  intents.sort((x, y) => x.f1 - y.f1 || (x.intent < y.intent ? -1 : 1));
  return {
    examples: cv.outcomes.length,
    accuracy: cv.outcomes.length > 0 ? correct / cv.outcomes.length : 0,
    underThreshold,
    byLang: [...langs].map(([lang, v]) => ({
      lang,
      examples: v.examples,
      accuracy: v.examples ? v.correct / v.examples : 0,
    })),
    intents,
    confusions: [...pairs.values()].sort((x, y) => y.count - x.count || (x.a + x.b < y.a + y.b ? -1 : 1)),
    misses: misses.sort(
      (x, y) =>
        (x.example.intent < y.example.intent ? -1 : x.example.intent > y.example.intent ? 1 : 0) ||
        y.confidence - x.confidence,
    ),
  };
}
