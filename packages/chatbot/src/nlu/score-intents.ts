// Calibrated intent probabilities for one message: the classifier, plus known phrasings repeated exactly.
import { computeLogits } from './compute-logits.ts';
import { matchPhrase } from './match-phrase.ts';
import type { NluLang, NluModel } from './nlu-model.ts';
import { softmax } from './softmax.ts';
import { type MessageVector, vectorizeText } from './vectorize.ts';

/**
 * Share of the probability moved to the intent whose example the message repeats word for word,
 * so that a phrasing a content owner has just added is recognised with at least this confidence.
 */
const EXACT_WEIGHT = 0.5;

/**
 * Below this share of known character n-grams, a message without a single known word is noise:
 * a typo keeps most n-grams (`kirjastokrotti` 72 %), an unseen real word many (`hiya` 33 %,
 * `perhaps` 44 % in CLINC150), a key mash few (`qwerty` 20 %, `asdfghjkl` 4 %).
 */
const MIN_KNOWN_CHAR_SHARE = 0.3;

/** Whether the model can read anything in this message (see `MIN_KNOWN_CHAR_SHARE`). */
export function isReadable(vector: MessageVector): boolean {
  return vector.knownWords > 0 || (vector.indices.length > 0 && vector.knownCharShare >= MIN_KNOWN_CHAR_SHARE);
}

/**
 * One probability per class for `text` read as `lang`, at the given softmax temperature (default:
 * the model's): the intents in order, then the hidden out-of-scope class if the model has one.
 * They sum to 1. Undefined when the model can read nothing in the text (no known word and few
 * known character n-grams: empty, emoji, noise).
 */
export function scoreIntents(
  model: NluModel,
  text: string,
  lang: NluLang,
  temperature = model.temperature,
): Float64Array | undefined {
  const vector = vectorizeText(model, text, lang);
  if (!isReadable(vector) || model.intents.length === 0) return undefined;
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
