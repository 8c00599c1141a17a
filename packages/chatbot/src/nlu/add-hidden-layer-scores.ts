// The non-linear part of the model: adds the hidden-layer network's class scores to the linear ones.
import { binarySearch } from './binary-search.ts';
import type { HiddenLayer } from './nlu-model.ts';
import type { SparseVector } from './vectorize.ts';

/**
 * Adds `output · relu(Σ value × embedding[row] + hiddenBias) + outputBias` to `scores` (one per
 * class), reading only the vocabulary rows the layer has embeddings for.
 */
export function addHiddenLayerScores(scores: Float64Array, layer: HiddenLayer, vector: SparseVector): void {
  const H = layer.hiddenBias.length;
  const C = layer.outputBias.length;
  const hidden = Float64Array.from(layer.hiddenBias);
  for (let k = 0; k < vector.indices.length; k++) {
    const row = binarySearch(layer.inputRows, vector.indices[k]!);
    if (row < 0) continue;
    const v = vector.values[k]! * layer.embeddingScales[row]!;
    const base = row * H;
    for (let j = 0; j < H; j++) hidden[j] = hidden[j]! + v * layer.embeddings[base + j]!;
  }
  for (let c = 0; c < C; c++) scores[c] = scores[c]! + layer.outputBias[c]!;
  for (let j = 0; j < H; j++) {
    if (hidden[j]! <= 0) continue;
    const a = hidden[j]! * layer.outputScales[j]!;
    const base = j * C;
    for (let c = 0; c < C; c++) scores[c] = scores[c]! + a * layer.output[base + c]!;
  }
}
