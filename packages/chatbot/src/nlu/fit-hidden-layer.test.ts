import { describe, expect, it } from 'vitest';
import { addHiddenLayerScores } from './add-hidden-layer-scores.ts';
import { FEATURE_KIND } from './extract-features.ts';
import { fitHiddenLayer } from './fit-hidden-layer.ts';
import type { SparseVector } from './vectorize.ts';

const row = (indices: number[]): SparseVector => ({
  indices: Int32Array.from(indices),
  values: Float32Array.from(indices, () => 1),
});

// Vocabulary rows 0–3: a stem, a stem bigram, a character n-gram, a stem (kinds in the low bits).
const hashes = Uint32Array.from([
  (1 << 2) | FEATURE_KIND.stem,
  (2 << 2) | FEATURE_KIND.bigram,
  (3 << 2) | FEATURE_KIND.char,
  (4 << 2) | FEATURE_KIND.stem,
]);
// Exclusive or of rows 0 and 3; the character n-gram (row 2) comes with every other example.
const patterns = [row([]), row([0]), row([3]), row([0, 3])];
const patternLabels = [0, 1, 1, 0];
const rows = Array.from({ length: 400 }, (_, i) => {
  const base = patterns[i % 4]!;
  return i % 8 < 4 ? base : row([...base.indices, 2]);
});
const labels = Int32Array.from({ length: 400 }, (_, i) => patternLabels[i % 4]!);
const options = { units: 16, epochs: 50, learningRate: 0.2, inputDropout: 0, hiddenDropout: 0, seed: 1 };

function scoresOf(layer: ReturnType<typeof fitHiddenLayer>, vector: SparseVector): number[] {
  const scores = new Float64Array(2);
  addHiddenLayerScores(scores, layer, vector);
  return Array.from(scores);
}

describe('fitHiddenLayer', () => {
  const layer = fitHiddenLayer(rows, labels, hashes, 2, { ...options, weight: 1 });

  it('reads the stems and stem bigrams only', () => {
    expect([...layer.inputRows]).toEqual([0, 1, 3]);
    expect(layer.embeddings).toHaveLength(3 * 16);
    expect(scoresOf(layer, row([2]))).toEqual(scoresOf(layer, row([])));
    expect(scoresOf(layer, row([0, 2]))).toEqual(scoresOf(layer, row([0])));
  });

  it('scores the learnt classes through its 8-bit weights', () => {
    const answers = patterns.map((p) => {
      const [a, b] = scoresOf(layer, p);
      return a! > b! ? 0 : 1;
    });
    expect(answers).toEqual(patternLabels);
  });

  it('carries its weight in the sum in the output weights and biases', () => {
    const doubled = fitHiddenLayer(rows, labels, hashes, 2, { ...options, weight: 2 });
    const none = fitHiddenLayer(rows, labels, hashes, 2, { ...options, weight: 0 });
    for (const p of patterns) {
      const one = scoresOf(layer, p);
      scoresOf(doubled, p).forEach((s, c) => {
        expect(s).toBeCloseTo(2 * one[c]!, 4);
      });
      expect(scoresOf(none, p)).toEqual([0, 0]);
    }
  });
});
