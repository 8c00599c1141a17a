// Looks up a message's features in the model vocabulary and weights them (sublinear TF-IDF, normalised per group).
import { binarySearch } from './binary-search.ts';
import { extractFeatures, FEATURE_KIND, featureKind } from './extract-features.ts';
import type { FeatureConfig, NluLang, NluModel } from './nlu-model.ts';

/** A sparse row: vocabulary indices and their values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** A message's vector and how much of it the vocabulary knew. */
export interface MessageVector extends SparseVector {
  /** Known word features (stems, stem bigrams). */
  knownWords: number;
  /** Share of the message's character n-grams the vocabulary knew (0 when it had none). */
  knownCharShare: number;
}

/**
 * Keeps the features the vocabulary (sorted `hashes`) knows and weights each
 * `(1 + ln count) × inputScale[row]`. Word features (stems, stem bigrams) and character n-grams
 * are scaled to lengths `wordNorm` and `charNorm` separately, so that the many n-grams of a
 * message do not drown its few words. Unknown features are dropped; no known feature → empty vector.
 */
export function vectorize(
  features: Map<number, number>,
  hashes: Uint32Array,
  inputScales: Float32Array,
  config: Pick<FeatureConfig, 'wordNorm' | 'charNorm'>,
): MessageVector {
  const indices: number[] = [];
  const values: number[] = [];
  const isChar: boolean[] = [];
  let wordSum = 0;
  let charSum = 0;
  let charGrams = 0;
  let knownChars = 0;
  for (const [hash, count] of features) {
    const char = featureKind(hash) === FEATURE_KIND.char;
    if (char) charGrams++;
    const row = binarySearch(hashes, hash);
    if (row < 0) continue;
    const value = (1 + Math.log(count)) * inputScales[row]!;
    indices.push(row);
    values.push(value);
    isChar.push(char);
    if (char) {
      charSum += value * value;
      knownChars++;
    } else wordSum += value * value;
  }
  const wordScale = wordSum > 0 ? config.wordNorm / Math.sqrt(wordSum) : 0;
  const charScale = charSum > 0 ? config.charNorm / Math.sqrt(charSum) : 0;
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]! * (isChar[i] ? charScale : wordScale);
  return {
    indices: Int32Array.from(indices),
    values: out,
    knownWords: indices.length - knownChars,
    knownCharShare: charGrams > 0 ? knownChars / charGrams : 0,
  };
}

/** Features of `text` read as `lang`, vectorised against the model's vocabulary. */
export function vectorizeText(model: NluModel, text: string, lang: NluLang): MessageVector {
  return vectorize(extractFeatures(text, lang, model.features), model.hashes, model.inputScales, model.features);
}
