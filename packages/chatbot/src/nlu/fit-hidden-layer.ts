// Fits the model's hidden-layer network on the word features of the training rows and stores it 8-bit.
import { FEATURE_KIND, featureKind } from './extract-features.ts';
import type { HiddenLayer } from './nlu-model.ts';
import { quantizeRows } from './quantize-rows.ts';
import { type HiddenLayerOptions, trainHiddenLayer } from './train-hidden-layer.ts';
import type { SparseVector } from './vectorize.ts';

/** Settings of `fitHiddenLayer`: the training's, and the weight its scores are added with. */
export interface FitHiddenLayerOptions extends HiddenLayerOptions {
  weight: number;
}

/**
 * Trains the hidden-layer network on the stems and stem bigrams of `rows` (vocabulary rows
 * `hashes`): the character n-grams stay with the linear model, which keeps the training about
 * six times cheaper with the same validation accuracy (CLINC150). Output weights and biases
 * are multiplied by `options.weight`, so that scoring only adds.
 */
export function fitHiddenLayer(
  rows: readonly SparseVector[],
  labels: Int32Array,
  hashes: Uint32Array,
  numClasses: number,
  options: FitHiddenLayerOptions,
): HiddenLayer {
  const inputRows = Uint32Array.from(hashes.keys()).filter((row) => featureKind(hashes[row]!) !== FEATURE_KIND.char);
  const inputOf = new Int32Array(hashes.length).fill(-1);
  inputRows.forEach((row, i) => {
    inputOf[row] = i;
  });
  const wordRows = rows.map((row): SparseVector => {
    const keep: number[] = [];
    for (let k = 0; k < row.indices.length; k++) if (inputOf[row.indices[k]!]! >= 0) keep.push(k);
    return {
      indices: Int32Array.from(keep, (k) => inputOf[row.indices[k]!]!),
      values: Float32Array.from(keep, (k) => row.values[k]!),
    };
  });
  const trained = trainHiddenLayer(wordRows, labels, inputRows.length, numClasses, options);
  const H = trained.units;
  const embeddings = quantizeRows(trained.embeddings, inputRows.length, H);
  const output = quantizeRows(
    trained.output.map((w) => w * options.weight),
    H,
    numClasses,
  );
  return {
    inputRows,
    embeddings: embeddings.values,
    embeddingScales: embeddings.scales,
    hiddenBias: Float32Array.from(trained.hiddenBias),
    output: output.values,
    outputScales: output.scales,
    outputBias: Float32Array.from(trained.outputBias, (b) => b * options.weight),
  };
}
