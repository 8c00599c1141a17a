// Looks up a message's features in the model vocabulary and weights them (sublinear TF-IDF, L2-normalised).
import { binarySearch } from './binary-search.ts';
import { extractFeatures } from './extract-features.ts';
import type { NluLang, NluModel } from './nlu-model.ts';

/** A sparse row: vocabulary indices and their values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/**
 * Keeps the features the vocabulary (sorted `hashes`) knows, weights each `(1 + ln count) × inputScale[row]` and
 * scales the vector to unit length. Unknown features are dropped; no known feature → empty vector.
 */
export function vectorize(features: Map<number, number>, hashes: Uint32Array, inputScales: Float32Array): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const [hash, count] of features) {
    const row = binarySearch(hashes, hash);
    if (row < 0) continue;
    const value = (1 + Math.log(count)) * (inputScales[row] ?? 0);
    indices.push(row);
    values.push(value);
    norm += value * value;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = (values[i] ?? 0) * scale;
  return { indices: Int32Array.from(indices), values: out };
}

/** Features of `text` read as `lang`, vectorised against the model's vocabulary. */
export function vectorizeText(model: NluModel, text: string, lang: NluLang): SparseVector {
  return vectorize(extractFeatures(text, lang, model.features), model.hashes, model.inputScales);
}
