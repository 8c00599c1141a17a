// Multinomial naive Bayes as sparse linear weights, to add to the softmax regression's (a product of the two experts).
import type { SparseVector } from './vectorize.ts';

/** Naive Bayes settings. */
export interface NaiveBayesOptions {
  /** Additive smoothing of each feature's mass in a class (relative to an average-sized class). */
  smoothing: number;
}

/**
 * Naive Bayes log-likelihood weights for the same rows the softmax regression sees (TF-IDF
 * values as fractional counts): `ln(1 + mass[feature, class] / (smoothing × size[class] / mean size))`.
 * This is multinomial naive Bayes' `ln P(feature | class)` shifted by a per-class constant
 * (`ln(smoothing × size / mean size)`, taken as equal for every class), which keeps the weights
 * sparse: a feature never seen with a class weighs 0 for it. Returned dense,
 * `numFeatures × numClasses` row-major, like `trainSoftmax`.
 *
 * Why: regression learns which features separate confusable intents but, trained briefly on
 * ~100 examples an intent, leaves many plainly indicative words underweighted; naive Bayes counts
 * every word an intent's examples use. The two err differently (generative vs discriminative,
 * Ng & Jordan 2001), and adding their log-scores is a product of experts that stays one linear model.
 */
export function naiveBayesWeights(
  rows: readonly SparseVector[],
  labels: Int32Array,
  numFeatures: number,
  numClasses: number,
  options: NaiveBayesOptions,
): Float64Array {
  const C = numClasses;
  const mass = new Float64Array(numFeatures * C);
  const size = new Float64Array(C);
  rows.forEach((row, n) => {
    const label = labels[n]!;
    for (let k = 0; k < row.indices.length; k++) {
      mass[row.indices[k]! * C + label] = mass[row.indices[k]! * C + label]! + row.values[k]!;
      size[label] = size[label]! + row.values[k]!;
    }
  });
  const meanSize = size.reduce((sum, s) => sum + s, 0) / Math.max(1, C);
  // Per class, the smoothing mass that a feature's observed mass is compared with.
  const prior = Float64Array.from(size, (s) => (options.smoothing * Math.max(s, Number.MIN_VALUE)) / meanSize);
  for (let i = 0; i < mass.length; i++) {
    if (mass[i]! > 0) mass[i] = Math.log1p(mass[i]! / prior[i % C]!);
  }
  return mass;
}
