import { describe, expect, it } from 'vitest';
import { naiveBayesWeights } from './naive-bayes-weights.ts';

const row = (indices: number[], values: number[]) => ({
  indices: Int32Array.from(indices),
  values: Float32Array.from(values),
});

describe('naiveBayesWeights', () => {
  // Three features, two classes: feature 0 only in class 0, feature 2 only in class 1, feature 1 in both.
  const rows = [row([0, 1], [0.8, 0.2]), row([0], [1]), row([1, 2], [0.5, 0.5]), row([2], [1])];
  const labels = Int32Array.from([0, 0, 1, 1]);
  const weights = naiveBayesWeights(rows, labels, 3, 2, { smoothing: 0.01 });

  it('weighs a feature never seen with a class 0 for it (sparse rows)', () => {
    expect(weights[0 * 2 + 1]).toBe(0);
    expect(weights[2 * 2 + 0]).toBe(0);
  });

  it('weighs a feature more for the class whose examples carry more of it', () => {
    expect(weights[0 * 2 + 0]).toBeGreaterThan(0);
    expect(weights[1 * 2 + 1]).toBeGreaterThan(weights[1 * 2 + 0]!);
    expect(weights[0 * 2 + 0]).toBeCloseTo(Math.log1p(1.8 / 0.01), 5);
  });

  it('gives all zeros without training rows', () => {
    expect([...naiveBayesWeights([], new Int32Array(0), 2, 2, { smoothing: 0.01 })]).toEqual([0, 0, 0, 0]);
  });
});
