import { describe, expect, it } from 'vitest';
import { buildIntentReport } from './build-intent-report.ts';
import { crossValidate } from './cross-validate.ts';
import { SAMPLE_EXAMPLES } from './sample-examples.ts';

describe('crossValidate + buildIntentReport', () => {
  const cv = crossValidate(SAMPLE_EXAMPLES, {}, 4);

  it('scores every example with a model that did not see it, deterministically', () => {
    expect(cv.outcomes).toHaveLength(SAMPLE_EXAMPLES.length);
    expect(cv.intents).toHaveLength(6);
    expect(crossValidate(SAMPLE_EXAMPLES, {}, 4).outcomes.map((o) => o.logits)).toEqual(
      cv.outcomes.map((o) => o.logits),
    );
  });

  it('reports accuracy, per-intent precision and recall, and confused pairs', () => {
    const report = buildIntentReport(cv, 1, 0.3);
    expect(report.examples).toBe(SAMPLE_EXAMPLES.length);
    expect(report.accuracy).toBeGreaterThan(0.7);
    expect(report.intents.map((i) => i.intent).sort()).toEqual(cv.intents);
    for (const i of report.intents) {
      expect(i.support).toBe(20);
      expect(i.precision).toBeGreaterThanOrEqual(0);
      expect(i.recall).toBeLessThanOrEqual(1);
    }
    // Worst first.
    const f1 = report.intents.map((i) => i.f1);
    expect(f1).toEqual([...f1].sort((a, b) => a - b));
    expect(report.byLang.map((l) => l.lang).sort()).toEqual(['en', 'fi', 'sv']);
    for (const pair of report.confusions) {
      expect(pair.a < pair.b).toBe(true);
      expect(pair.samples.length).toBeGreaterThan(0);
    }
  });

  it("lists every wrong answer, grouped by the example's own intent", () => {
    const report = buildIntentReport(cv, 1, 0.3);
    expect(report.misses).toHaveLength(Math.round(report.examples * (1 - report.accuracy)));
    expect(report.misses.reduce((n, m) => n + (m.predicted ? 1 : 0), 0)).toBe(
      report.confusions.reduce((n, p) => n + p.count, 0),
    );
    for (const m of report.misses) expect(m.predicted).not.toBe(m.example.intent);
    const own = report.misses.map((m) => m.example.intent);
    expect(own).toEqual([...own].sort());
  });
});
