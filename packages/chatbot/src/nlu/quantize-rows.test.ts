import { describe, expect, it } from 'vitest';
import { quantizeRows } from './quantize-rows.ts';

describe('quantizeRows', () => {
  it('keeps every entry within half a step of its row scale', () => {
    const dense = Float64Array.from([0.5, -1, 0.25, 100, 3, -50]);
    const { values, scales } = quantizeRows(dense, 2, 3);
    expect([...values.slice(0, 3)]).toEqual([64, -127, 32]);
    expect(values[3]).toBe(127);
    for (let i = 0; i < dense.length; i++) {
      const scale = scales[Math.floor(i / 3)]!;
      expect(Math.abs(values[i]! * scale - dense[i]!)).toBeLessThanOrEqual(scale * 0.5001);
    }
  });

  it('gives an all-zero row scale 0 and values 0', () => {
    const { values, scales } = quantizeRows(new Float64Array(4), 2, 2);
    expect([...scales]).toEqual([0, 0]);
    expect([...values]).toEqual([0, 0, 0, 0]);
  });
});
