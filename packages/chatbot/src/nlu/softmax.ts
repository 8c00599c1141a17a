// Temperature-scaled softmax: raw intent scores to probabilities that sum to 1.

/** Turns `scores` into `exp(score)` normalised, in place (the training loops reuse one array). */
export function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i]!);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp(scores[i]! - max);
    scores[i] = e;
    sum += e;
  }
  for (let i = 0; i < scores.length; i++) scores[i] = scores[i]! / sum;
  return scores;
}

/** `exp(logit / temperature)`, normalised; numerically stable for large scores. */
export function softmax(logits: ArrayLike<number>, temperature = 1): Float64Array {
  return softmaxInPlace(Float64Array.from(logits, (l) => l / temperature));
}
