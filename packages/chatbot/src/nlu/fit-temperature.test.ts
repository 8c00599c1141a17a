import { describe, expect, it } from 'vitest';
import { fitTemperature } from './fit-temperature.ts';

describe('fitTemperature', () => {
  it('cools overconfident scores and warms underconfident ones', () => {
    // Right 60 % of the time with huge margins: a temperature above 1 softens them.
    const over = Array.from({ length: 10 }, (_, i) => ({ logits: Float64Array.from([10, 0]), label: i < 6 ? 0 : 1 }));
    expect(fitTemperature(over)).toBeGreaterThan(1);
    // Always right with small margins: a temperature below 1 sharpens them.
    const under = Array.from({ length: 10 }, () => ({ logits: Float64Array.from([0.5, 0]), label: 0 }));
    expect(fitTemperature(under)).toBeLessThan(1);
  });

  it('returns 1 without examples', () => {
    expect(fitTemperature([])).toBe(1);
  });
});
