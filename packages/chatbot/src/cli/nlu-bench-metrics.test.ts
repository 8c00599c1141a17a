import { describe, expect, it } from 'vitest';
import { computeBenchMetrics } from './nlu-bench-metrics.ts';
import { formatBenchTable } from './nlu-bench-table.ts';

describe('computeBenchMetrics', () => {
  it('counts an out-of-scope answer to an in-scope message as wrong, and scores out-of-scope recall and precision', () => {
    const m = computeBenchMetrics(
      [
        { gold: 'a', prediction: { intent: 'a', ms: 1 } },
        { gold: 'b', prediction: { intent: 'a', ms: 2 } },
        { gold: 'b', prediction: { intent: undefined, ms: 3 } },
        { gold: 'c', prediction: { intent: 'c', ms: 4 } },
      ],
      [
        { intent: undefined, ms: 5 },
        { intent: 'a', ms: 6 },
      ],
    );
    expect(m.accuracy).toBe(0.5);
    expect(m.oosRecall).toBe(0.5);
    expect(m.oosPrecision).toBe(0.5);
    expect(m.p50Ms).toBe(4);
    expect(m.p99Ms).toBe(6);
  });

  it('leaves out-of-scope figures null for closed-set datasets', () => {
    const m = computeBenchMetrics([{ gold: 'a', prediction: { intent: 'a', ms: 1 } }], []);
    expect(m).toMatchObject({ accuracy: 1, oosRecall: null, oosPrecision: null });
  });
});

describe('formatBenchTable', () => {
  it('prints one Markdown table row per dataset and system', () => {
    const table = formatBenchTable([
      {
        dataset: 'clinc150',
        system: 'pulputtamo',
        accuracy: 0.9,
        oosRecall: 0.5,
        oosPrecision: 0.6,
        trainMs: 1234,
        p50Ms: 0.1,
        p99Ms: 0.5,
      },
      {
        dataset: 'massive-fi-FI',
        system: 'nlp.js',
        accuracy: 0.8,
        oosRecall: null,
        oosPrecision: null,
        trainMs: 99_000,
        p50Ms: 0.2,
        p99Ms: 12,
      },
    ]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[0]).toMatch(
      /^\| dataset +\| system +\| accuracy \| OOS recall \| OOS precision \| train s \| p50 ms \| p99 ms \|$/,
    );
    expect(table[2]).toContain('90.0 %');
    expect(table[2]).toContain('1.2');
    expect(table[3]).toContain('–');
  });
});
