import { describe, expect, it } from 'vitest';
import { chooseThreshold } from './choose-threshold.ts';

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
