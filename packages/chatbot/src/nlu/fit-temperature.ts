// Calibration: the softmax temperature that makes held-out confidences honest probabilities.
import { softmax } from './softmax.ts';

/** A held-out example: the model's raw scores and the index of the right intent. */
export interface ScoredExample {
  logits: Float64Array;
  label: number;
}

function meanNegLogLik(examples: readonly ScoredExample[], temperature: number): number {
  let sum = 0;
  for (const { logits, label } of examples) sum -= Math.log(Math.max(softmax(logits, temperature)[label] ?? 0, 1e-12));
  return sum / examples.length;
}

/**
 * The temperature in [0.05, 20] minimising the mean negative log-likelihood of `examples`
 * (golden-section search on its logarithm); 1 when there are no examples.
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
  for (let i = 0; i < 40; i++) {
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
