// The linear part of the model: one raw score per intent for a vectorised message.
import type { NluModel } from './nlu-model.ts';
import type { SparseVector } from './vectorize.ts';

/** Bias plus weights times features, one score per intent (before temperature and softmax). */
export function computeLogits(model: NluModel, vector: SparseVector): Float64Array {
  const C = model.intents.length;
  const logits = Float64Array.from(model.bias);
  const { weights, weightScales } = model;
  for (let k = 0; k < vector.indices.length; k++) {
    const row = vector.indices[k]!;
    const v = vector.values[k]! * weightScales[row]!;
    const base = row * C;
    for (let c = 0; c < C; c++) logits[c] = logits[c]! + v * weights[base + c]!;
  }
  return logits;
}
