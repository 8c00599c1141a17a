// Calibrated intent probabilities for one message: the classifier, plus known phrasings repeated exactly.
import { computeLogits } from './compute-logits.ts';
import { matchPhrase } from './match-phrase.ts';
import type { NluLang, NluModel } from './nlu-model.ts';
import { softmax } from './softmax.ts';
import { vectorizeText } from './vectorize.ts';

/**
 * Share of the probability moved to the intent whose example the message repeats word for word,
 * so that a phrasing a content owner has just added is recognised with at least this confidence.
 */
const EXACT_WEIGHT = 0.5;

/**
 * One probability per class for `text` read as `lang`, at the given softmax temperature (default:
 * the model's): the intents in order, then the hidden out-of-scope class if the model has one.
 * They sum to 1. Undefined when no feature of the text is known.
 */
export function scoreIntents(
  model: NluModel,
  text: string,
  lang: NluLang,
  temperature = model.temperature,
): Float64Array | undefined {
  const vector = vectorizeText(model, text, lang);
  if (vector.indices.length === 0 || model.intents.length === 0) return undefined;
  return probabilitiesOf(model, text, computeLogits(model, vector), temperature);
}

/** The probabilities `scoreIntents` gives `text` whose raw scores are `logits`. */
export function probabilitiesOf(
  model: NluModel,
  text: string,
  logits: Float64Array,
  temperature: number,
): Float64Array {
  const probs = softmax(logits, temperature);
  const known = matchPhrase(model, text);
  if (known !== undefined) {
    for (let i = 0; i < probs.length; i++) probs[i] = probs[i]! * (1 - EXACT_WEIGHT);
    probs[known] = probs[known]! + EXACT_WEIGHT;
  }
  return probs;
}
