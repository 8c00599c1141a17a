import { describe, expect, it } from 'vitest';
import { type HiddenLayerOptions, trainHiddenLayer } from './train-hidden-layer.ts';
import { trainSoftmax } from './train-softmax.ts';
import type { SparseVector } from './vectorize.ts';

const row = (indices: number[]): SparseVector => ({
  indices: Int32Array.from(indices),
  values: Float32Array.from(indices, () => 1),
});

// Exclusive or of features 0 and 1: class 1 with exactly one of them, class 0 with both or neither.
// No linear model separates it.
const xorRows = [row([]), row([0]), row([1]), row([0, 1])];
const xorLabels = [0, 1, 1, 0];
const rows = Array.from({ length: 200 }, (_, i) => xorRows[i % 4]!);
const labels = Int32Array.from({ length: 200 }, (_, i) => xorLabels[i % 4]!);
const options: HiddenLayerOptions = {
  units: 16,
  epochs: 50,
  learningRate: 0.2,
  inputDropout: 0,
  hiddenDropout: 0,
  seed: 1,
};

/** Float forward pass of the trained weights (the model's scoring does the same on 8-bit weights). */
function scores(w: ReturnType<typeof trainHiddenLayer>, input: SparseVector, classes: number): number[] {
  const hidden = Array.from(w.hiddenBias);
  input.indices.forEach((feature, k) => {
    for (let j = 0; j < w.units; j++) hidden[j] = hidden[j]! + input.values[k]! * w.embeddings[feature * w.units + j]!;
  });
  const out = Array.from(w.outputBias);
  hidden.forEach((h, j) => {
    if (h > 0) for (let c = 0; c < classes; c++) out[c] = out[c]! + h * w.output[j * classes + c]!;
  });
  return out;
}

const argmax = (values: ArrayLike<number>) => Array.from(values).indexOf(Math.max(...Array.from(values)));

describe('trainHiddenLayer', () => {
  it('learns exclusive or, which the linear model cannot', () => {
    const trained = trainHiddenLayer(rows, labels, 2, 2, options);
    expect(xorRows.map((r) => argmax(scores(trained, r, 2)))).toEqual(xorLabels);

    const linear = trainSoftmax(rows, labels, 2, 2, { epochs: 30, learningRate: 1, l2: 0, seed: 1 });
    const linearAnswers = xorRows.map((r) => {
      const s = Array.from(linear.bias);
      for (const f of r.indices) for (let c = 0; c < 2; c++) s[c] = s[c]! + linear.weights[f * 2 + c]!;
      return argmax(s);
    });
    expect(linearAnswers).not.toEqual(xorLabels);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = trainHiddenLayer(rows, labels, 2, 2, { ...options, inputDropout: 0.3, hiddenDropout: 0.2 });
    const b = trainHiddenLayer(rows, labels, 2, 2, { ...options, inputDropout: 0.3, hiddenDropout: 0.2 });
    const c = trainHiddenLayer(rows, labels, 2, 2, { ...options, inputDropout: 0.3, hiddenDropout: 0.2, seed: 2 });
    expect(a).toEqual(b);
    expect(a.embeddings).not.toEqual(c.embeddings);
  });

  it('returns weights of the documented shapes, untouched output weights without rows', () => {
    const trained = trainHiddenLayer([], new Int32Array(0), 3, 4, { ...options, units: 5 });
    expect(trained.units).toBe(5);
    expect(trained.embeddings).toHaveLength(15);
    expect(trained.hiddenBias).toHaveLength(5);
    expect(trained.output).toHaveLength(20);
    expect(trained.outputBias).toHaveLength(4);
    expect([...trained.output].every((w) => w === 0)).toBe(true);
  });
});
