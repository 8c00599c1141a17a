// Fits a model's temperature and out-of-scope threshold on validation data it was not trained on.
import { chooseThreshold, chooseThresholdForRecall } from './choose-threshold.ts';
import { computeLogits } from './compute-logits.ts';
import { fitTemperature, type ScoredExample } from './fit-temperature.ts';
import type { NluExample, NluModel, NluOutOfScopeExample } from './nlu-model.ts';
import { resolveLang } from './resolve-lang.ts';
import { isReadable, probabilitiesOf } from './score-intents.ts';
import { vectorizeText } from './vectorize.ts';

/** Held-out data: in-scope messages with their intents, and optionally messages in no intent. */
export interface ValidationSet {
  examples: NluExample[];
  outOfScope?: NluOutOfScopeExample[];
  /** Assumed share of out-of-scope messages in real traffic (see `chooseThreshold`); default 0.2. */
  outOfScopeShare?: number;
  /**
   * Instead of the share: the out-of-scope recall the threshold must reach on these messages
   * (see `chooseThresholdForRecall`); the threshold is then the lowest that reaches it.
   */
  minOutOfScopeRecall?: number;
}

/** What validation decides. `threshold` is undefined when there were no out-of-scope messages. */
export interface Calibration {
  temperature: number;
  threshold: number | undefined;
}

interface Scored {
  text: string;
  label: number;
  /** Undefined when the model could read nothing in the text (it can only be out of scope). */
  logits: Float64Array | undefined;
}

function score(model: NluModel, text: string, lang: NluOutOfScopeExample['lang'], label: number): Scored {
  const vector = vectorizeText(model, text, resolveLang(text, lang, model.defaultLang));
  return { text, label, logits: isReadable(vector) ? computeLogits(model, vector) : undefined };
}

/** The most likely intent (never the hidden out-of-scope class) and its calibrated probability. */
function top(model: NluModel, scored: Scored, temperature: number): { intent: number; confidence: number } {
  if (!scored.logits || model.intents.length === 0) return { intent: -1, confidence: 0 };
  const probs = probabilitiesOf(model, scored.text, scored.logits, temperature);
  let best = 0;
  for (let c = 1; c < model.intents.length; c++) if (probs[c]! > probs[best]!) best = c;
  return { intent: best, confidence: probs[best]! };
}

/**
 * Fits the softmax temperature on the in-scope examples whose intent the model knows (and the
 * out-of-scope ones, when the model has a class for them), then chooses the out-of-scope
 * threshold (see `chooseThreshold`, or `chooseThresholdForRecall` with `minOutOfScopeRecall`) on
 * the confidences `classify` would give at that temperature.
 */
export function calibrateModel(model: NluModel, validation: ValidationSet): Calibration {
  const index = new Map(model.intents.map((id, i) => [id, i]));
  const inScope = validation.examples.flatMap((e) => {
    const label = index.get(e.intent);
    return label === undefined ? [] : [score(model, e.text, e.lang, label)];
  });
  const outOfScope = (validation.outOfScope ?? []).map((m) => score(model, m.text, m.lang, model.intents.length));
  const forTemperature = model.outOfScopeClass ? [...inScope, ...outOfScope] : inScope;
  const temperature = fitTemperature(
    forTemperature.flatMap((s): ScoredExample[] => (s.logits ? [{ logits: s.logits, label: s.label }] : [])),
  );
  if (outOfScope.length === 0) return { temperature, threshold: undefined };
  const kept = inScope.map((s) => {
    const best = top(model, s, temperature);
    return { confidence: best.confidence, correct: best.intent === s.label };
  });
  const rejected = outOfScope.map((s) => top(model, s, temperature).confidence);
  const threshold =
    validation.minOutOfScopeRecall === undefined
      ? chooseThreshold(kept, rejected, validation.outOfScopeShare)
      : chooseThresholdForRecall(kept, rejected, validation.minOutOfScopeRecall);
  return { temperature, threshold };
}
