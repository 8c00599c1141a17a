// Fits a model's temperature and out-of-scope threshold on validation data it was not trained on.
import { chooseThreshold } from './choose-threshold.ts';
import { computeLogits } from './compute-logits.ts';
import { fitTemperature, type ScoredExample } from './fit-temperature.ts';
import type { NluExample, NluModel, NluOutOfScopeExample } from './nlu-model.ts';
import { resolveLang } from './resolve-lang.ts';
import { scoreIntents } from './score-intents.ts';
import { vectorizeText } from './vectorize.ts';

/** Held-out data: in-scope messages with their intents, and optionally messages in no intent. */
export interface ValidationSet {
  examples: NluExample[];
  outOfScope?: NluOutOfScopeExample[];
  /** Assumed share of out-of-scope messages in real traffic (see `chooseThreshold`); default 0.2. */
  outOfScopeShare?: number;
}

/** What validation decides. `threshold` is undefined when there were no out-of-scope messages. */
export interface Calibration {
  temperature: number;
  threshold: number | undefined;
}

/** The most likely intent (never the hidden out-of-scope class) and its probability. */
function top(probs: Float64Array | undefined, intents: number): { intent: number; confidence: number } {
  if (!probs || intents === 0) return { intent: -1, confidence: 0 };
  let best = 0;
  for (let c = 1; c < intents; c++) if (probs[c]! > probs[best]!) best = c;
  return { intent: best, confidence: probs[best] ?? 0 };
}

/**
 * Fits the softmax temperature on the in-scope examples whose intent the model knows (and the
 * out-of-scope ones, when the model has a class for them), then
 * chooses the out-of-scope threshold (see `chooseThreshold`) on the confidences `classify`
 * would give at that temperature.
 */
export function calibrateModel(model: NluModel, validation: ValidationSet): Calibration {
  const index = new Map(model.intents.map((id, i) => [id, i]));
  const known = validation.examples
    .filter((e) => index.has(e.intent))
    .map((e) => ({ ...e, label: index.get(e.intent)!, lang: resolveLang(e.text, e.lang, model.defaultLang) }));
  const outOfScope = validation.outOfScope ?? [];
  const scored: ScoredExample[] = known.map((e) => ({
    logits: computeLogits(model, vectorizeText(model, e.text, e.lang)),
    label: e.label,
  }));
  // With a hidden out-of-scope class, out-of-scope messages calibrate it too.
  if (model.outOfScopeClass) {
    for (const m of outOfScope) {
      const lang = resolveLang(m.text, m.lang, model.defaultLang);
      scored.push({ logits: computeLogits(model, vectorizeText(model, m.text, lang)), label: model.intents.length });
    }
  }
  const temperature = fitTemperature(scored);
  if (outOfScope.length === 0) return { temperature, threshold: undefined };
  const inScope = known.map((e) => {
    const best = top(scoreIntents(model, e.text, e.lang, temperature), model.intents.length);
    return { confidence: best.confidence, correct: best.intent === e.label };
  });
  const oos = outOfScope.map(
    (m) =>
      top(
        scoreIntents(model, m.text, resolveLang(m.text, m.lang, model.defaultLang), temperature),
        model.intents.length,
      ).confidence,
  );
  return { temperature, threshold: chooseThreshold(inScope, oos, validation.outOfScopeShare) };
}
