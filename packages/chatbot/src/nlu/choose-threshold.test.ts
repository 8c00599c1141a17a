import { describe, expect, it } from 'vitest';
import { chooseThreshold, chooseThresholdForRecall } from './choose-threshold.ts';

describe('chooseThreshold', () => {
  it('separates confident right answers from unsure out-of-scope messages', () => {
    const inScope = [0.9, 0.8, 0.85, 0.7].map((confidence) => ({ confidence, correct: true }));
    const threshold = chooseThreshold(inScope, [0.2, 0.3, 0.4]);
    expect(threshold).toBeGreaterThan(0.4);
    expect(threshold).toBeLessThan(0.7);
  });

  it('sacrifices wrong in-scope answers but not right ones', () => {
    const inScope = [
      { confidence: 0.9, correct: true },
      { confidence: 0.35, correct: false },
      { confidence: 0.6, correct: true },
    ];
    const threshold = chooseThreshold(inScope, [0.3, 0.5]);
    expect(threshold).toBeGreaterThan(0.5);
    expect(threshold).toBeLessThanOrEqual(0.6);
  });

  it('weighs out-of-scope recall by the assumed share of out-of-scope traffic', () => {
    // Catching the one out-of-scope message costs three of ten right answers.
    const inScope = [0.5, 0.52, 0.54, ...Array(7).fill(0.9)].map((confidence) => ({ confidence, correct: true }));
    expect(chooseThreshold(inScope, [0.56], 0.2)).toBe(0);
    expect(chooseThreshold(inScope, [0.56], 0.5)).toBeGreaterThan(0.56);
  });

  it('returns 0 (never out of scope) without data or when nothing is gained', () => {
    expect(chooseThreshold([], [0.5])).toBe(0);
    expect(chooseThreshold([{ confidence: 0.5, correct: true }], [])).toBe(0);
    expect(chooseThreshold([{ confidence: 0.2, correct: true }], [0.9])).toBe(0);
  });
});

describe('chooseThresholdForRecall', () => {
  const right = (confidence: number) => ({ confidence, correct: true });

  it('rejects just enough out-of-scope messages to reach the recall and keeps everything above', () => {
    const inScope = [0.35, 0.5, 0.7, 0.9].map(right);
    const outOfScope = [0.1, 0.2, 0.3, 0.4, 0.6, 0.8];
    const threshold = chooseThresholdForRecall(inScope, outOfScope, 0.5);
    // Half of six: 0.1, 0.2 and 0.3 rejected; the in-scope 0.35 is the next confidence and stays.
    expect(threshold).toBeCloseTo(0.325, 10);
    expect(outOfScope.filter((c) => c < threshold)).toHaveLength(3);
    expect(inScope.every((o) => o.confidence >= threshold)).toBe(true);
  });

  it('rounds the needed count up and pays with in-scope answers when it must', () => {
    const inScope = [0.15, 0.25, 0.9].map(right);
    const outOfScope = [0.1, 0.2, 0.3];
    // 0.6 of three needs two rejected: 0.15 (in scope) falls under the threshold with them.
    const threshold = chooseThresholdForRecall(inScope, outOfScope, 0.6);
    expect(threshold).toBeGreaterThan(0.2);
    expect(threshold).toBeLessThan(0.25);
  });

  it('is 0 without out-of-scope messages or without a required recall', () => {
    expect(chooseThresholdForRecall([right(0.5)], [], 0.5)).toBe(0);
    expect(chooseThresholdForRecall([right(0.5)], [0.3], 0)).toBe(0);
  });

  it('goes just above the most confident out-of-scope message when all must be caught', () => {
    expect(chooseThresholdForRecall([right(0.4)], [0.2, 0.5], 1)).toBeCloseTo(0.501, 10);
  });
});
