// The model's raw score per class for a vectorised message: the linear weights plus the hidden layer.
import { addHiddenLayerScores } from './add-hidden-layer-scores.ts';
import type { NluModel } from './nlu-model.ts';
import type { SparseVector } from './vectorize.ts';

/**
 * Bias plus weights times features, plus the hidden-layer network's scores when the model has
 * one: one score per class (intents, then the hidden out-of-scope class if any).
 */
export function computeLogits(model: NluModel, vector: SparseVector): Float64Array {
  const logits = Float64Array.from(model.bias);
  const { rowStarts, columns, values, scales } = model.weights;
  for (let k = 0; k < vector.indices.length; k++) {
    const row = vector.indices[k]!;
    const v = vector.values[k]! * scales[row]!;
    const end = rowStarts[row + 1]!;
    for (let j = rowStarts[row]!; j < end; j++) logits[columns[j]!] = logits[columns[j]!]! + v * values[j]!;
  }
  if (model.hiddenLayer) addHiddenLayerScores(logits, model.hiddenLayer, vector);
  return logits;
}
