// Calibration: the softmax temperature that makes held-out confidences honest probabilities.

/** A held-out example: the model's raw scores and the index of the right class. */
export interface ScoredExample {
  logits: Float64Array;
  label: number;
}

/** Mean of `log Σ exp(logit / T) − logit[label] / T` (classes at −Infinity contribute nothing). */
function meanNegLogLik(examples: readonly ScoredExample[], temperature: number): number {
  let sum = 0;
  for (const { logits, label } of examples) {
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < logits.length; c++) if (logits[c]! > max) max = logits[c]!;
    let total = 0;
    for (let c = 0; c < logits.length; c++) total += Math.exp((logits[c]! - max) / temperature);
    sum += Math.log(total) - (logits[label]! - max) / temperature;
  }
  return sum / examples.length;
}

/**
 * The temperature in [0.05, 20] minimising the mean negative log-likelihood of `examples`
 * (golden-section search on its logarithm, to within 0.2 %); 1 when there are no examples.
 */
export function fitTemperature(examples: readonly ScoredExample[]): number {
  if (examples.length === 0) return 1;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  let a = hi - ratio * (hi - lo);
  let b = lo + ratio * (hi - lo);
  let fa = meanNegLogLik(examples, Math.exp(a));
  let fb = meanNegLogLik(examples, Math.exp(b));
  while (hi - lo > 0.002) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - ratio * (hi - lo);
      fa = meanNegLogLik(examples, Math.exp(a));
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + ratio * (hi - lo);
      fb = meanNegLogLik(examples, Math.exp(b));
    }
  }
  return Math.exp((lo + hi) / 2);
}
