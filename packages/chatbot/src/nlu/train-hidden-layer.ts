// A small non-linear classifier beside the linear one: sparse inputs → one ReLU hidden layer → class scores, by seeded SGD.
import { createRandom } from './create-random.ts';
import { softmaxInPlace } from './softmax.ts';
import type { SparseVector } from './vectorize.ts';

/** Training settings of the hidden-layer network. */
export interface HiddenLayerOptions {
  /** Hidden units. */
  units: number;
  epochs: number;
  /** Starting learning rate; it falls linearly to 0 over the training. */
  learningRate: number;
  /** Share of a row's features left out of each update (inverted dropout). */
  inputDropout: number;
  /** Share of hidden units left out of each update (inverted dropout). */
  hiddenDropout: number;
  seed: number;
}

/**
 * Dense float weights: `embeddings` is `numInputs × units` row-major (one row per input feature),
 * `output` is `units × numClasses` row-major.
 */
export interface HiddenLayerWeights {
  units: number;
  embeddings: Float64Array;
  hiddenBias: Float64Array;
  output: Float64Array;
  outputBias: Float64Array;
}

/** Class-score gradients smaller than this are not applied to the output weights. */
const SKIP_GRADIENT = 1e-3;
/**
 * An example fitted with this probability sits out the next epoch (as in `trainSoftmax`): a sixth
 * less training time on CLINC150 with the same validation accuracy.
 */
const SETTLED = 0.99;
/** Embeddings start uniform in ±this (the output weights start at 0). */
const INITIAL_SCALE = 0.5;

/**
 * Trains `scores = output · relu(Σ value × embedding[feature] + hiddenBias) + outputBias` with
 * softmax cross-entropy: rows in seeded random order each epoch, dropout on the features and the
 * hidden units, learning rate falling linearly to 0, examples already fitted skipped for one
 * epoch. The same inputs always give the same weights.
 *
 * Why: the linear model scores each feature on its own; the hidden layer scores combinations
 * (`my name is …` against `what is my name`), and its errors differ enough from the linear
 * model's that adding the two scores helps (see `fitModel`).
 */
export function trainHiddenLayer(
  rows: readonly SparseVector[],
  labels: Int32Array,
  numInputs: number,
  numClasses: number,
  options: HiddenLayerOptions,
): HiddenLayerWeights {
  const H = options.units;
  const C = numClasses;
  const random = createRandom(options.seed);
  const embeddings = new Float64Array(numInputs * H);
  for (let i = 0; i < embeddings.length; i++) embeddings[i] = (random() * 2 - 1) * INITIAL_SCALE;
  const hiddenBias = new Float64Array(H);
  const output = new Float64Array(H * C);
  const outputBias = new Float64Array(C);
  const hidden = new Float64Array(H);
  // Per hidden unit: 0 when it is off (ReLU or dropout), else the dropout scale (its gradient factor).
  const gate = new Float64Array(H);
  const hiddenGradient = new Float64Array(H);
  const scores = new Float64Array(C);
  const activeClasses = new Int32Array(C);
  let kept = new Uint8Array(0);
  const inputScale = 1 / (1 - options.inputDropout);
  const hiddenScale = 1 / (1 - options.hiddenDropout);
  const order = Int32Array.from(rows.keys());
  const fitted = new Float64Array(rows.length);
  const totalSteps = Math.max(1, options.epochs * rows.length);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const n of order) {
      const rate = options.learningRate * (1 - step / totalSteps);
      step++;
      if (fitted[n]! > SETTLED) {
        fitted[n] = 0;
        continue;
      }
      const { indices, values } = rows[n]!;
      if (kept.length < indices.length) kept = new Uint8Array(indices.length * 2);
      hidden.set(hiddenBias);
      for (let k = 0; k < indices.length; k++) {
        kept[k] = random() >= options.inputDropout ? 1 : 0;
        if (kept[k] === 0) continue;
        const base = indices[k]! * H;
        const v = values[k]! * inputScale;
        for (let j = 0; j < H; j++) hidden[j] = hidden[j]! + v * embeddings[base + j]!;
      }
      for (let j = 0; j < H; j++) {
        if (hidden[j]! <= 0 || random() < options.hiddenDropout) {
          hidden[j] = 0;
          gate[j] = 0;
        } else {
          hidden[j] = hidden[j]! * hiddenScale;
          gate[j] = hiddenScale;
        }
      }
      scores.set(outputBias);
      for (let j = 0; j < H; j++) {
        const a = hidden[j]!;
        if (a === 0) continue;
        const base = j * C;
        for (let c = 0; c < C; c++) scores[c] = scores[c]! + a * output[base + c]!;
      }
      // Softmax minus 1 at the label: the gradient of the loss for each class score.
      softmaxInPlace(scores);
      const label = labels[n]!;
      fitted[n] = scores[label]!;
      let active = 0;
      for (let c = 0; c < C; c++) {
        const g = scores[c]! - (c === label ? 1 : 0);
        scores[c] = g;
        if (g > SKIP_GRADIENT || g < -SKIP_GRADIENT) {
          activeClasses[active++] = c;
          outputBias[c] = outputBias[c]! - rate * g;
        }
      }
      for (let j = 0; j < H; j++) {
        if (gate[j] === 0) {
          hiddenGradient[j] = 0;
          continue;
        }
        const base = j * C;
        const outputStep = rate * hidden[j]!;
        let back = 0;
        for (let a = 0; a < active; a++) {
          const c = activeClasses[a]!;
          const w = output[base + c]!;
          back += w * scores[c]!;
          output[base + c] = w - outputStep * scores[c]!;
        }
        hiddenGradient[j] = back * gate[j]!;
        hiddenBias[j] = hiddenBias[j]! - rate * hiddenGradient[j]!;
      }
      for (let k = 0; k < indices.length; k++) {
        if (kept[k] === 0) continue;
        const base = indices[k]! * H;
        const v = rate * values[k]! * inputScale;
        for (let j = 0; j < H; j++) embeddings[base + j] = embeddings[base + j]! - v * hiddenGradient[j]!;
      }
    }
  }
  return { units: H, embeddings, hiddenBias, output, outputBias };
}
