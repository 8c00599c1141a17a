// Scores one system's test-split predictions: in-scope accuracy, out-of-scope recall and precision, latency.

/** One prediction: the intent given (undefined: out of scope) and how long it took. */
export interface BenchPrediction {
  intent: string | undefined;
  ms: number;
}

/** Test-split results of one system on one dataset. */
export interface BenchMetrics {
  /** In-scope messages answered with the right intent (an out-of-scope answer counts as wrong). */
  accuracy: number;
  /** Out-of-scope messages recognised as such; null when the dataset has none. */
  oosRecall: number | null;
  /** Messages called out of scope that really were; null when the dataset has none. */
  oosPrecision: number | null;
  p50Ms: number;
  p99Ms: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Metrics from predictions for the in-scope test messages (with gold intents) and the out-of-scope ones. */
export function computeBenchMetrics(
  inScope: readonly { gold: string; prediction: BenchPrediction }[],
  outOfScope: readonly BenchPrediction[],
): BenchMetrics {
  const correct = inScope.filter((p) => p.prediction.intent === p.gold).length;
  const inScopeRejected = inScope.filter((p) => p.prediction.intent === undefined).length;
  const oosRejected = outOfScope.filter((p) => p.intent === undefined).length;
  const latencies = [...inScope.map((p) => p.prediction.ms), ...outOfScope.map((p) => p.ms)].sort((a, b) => a - b);
  const hasOos = outOfScope.length > 0;
  return {
    accuracy: inScope.length > 0 ? correct / inScope.length : 0,
    oosRecall: hasOos ? oosRejected / outOfScope.length : null,
    oosPrecision: hasOos
      ? oosRejected + inScopeRejected > 0
        ? oosRejected / (oosRejected + inScopeRejected)
        : 0
      : null,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}
