// Picks the out-of-scope threshold on validation data: best in-scope accuracy plus out-of-scope recall.

/** A validation message in scope: its top confidence and whether the top intent was right. */
export interface InScopeOutcome {
  confidence: number;
  correct: boolean;
}

/**
 * The threshold maximising `inScopeAccuracy + outOfScopeRecall`, where a message is out of scope
 * when its top confidence is below the threshold, and an in-scope message counts as right only
 * when it is kept and its top intent is right. The threshold sits halfway between two observed
 * confidences. Ties go to the lower threshold (fewer needless fallbacks).
 */
export function chooseThreshold(inScope: readonly InScopeOutcome[], outOfScope: readonly number[]): number {
  if (inScope.length === 0 || outOfScope.length === 0) return 0;
  const points = [
    ...inScope.map((o) => ({ confidence: o.confidence, correct: o.correct ? 1 : 0, oos: 0 })),
    ...outOfScope.map((confidence) => ({ confidence, correct: 0, oos: 1 })),
  ].sort((x, y) => x.confidence - y.confidence);
  // Threshold below everything: all kept.
  let kept = points.reduce((s, p) => s + p.correct, 0);
  let rejectedOos = 0;
  let best = kept / inScope.length;
  let bestThreshold = 0;
  for (let i = 0; i < points.length; ) {
    const value = points[i]!.confidence;
    // Raise the threshold just above `value`: every point at `value` is rejected.
    while (i < points.length && points[i]!.confidence === value) {
      kept -= points[i]!.correct;
      rejectedOos += points[i]!.oos;
      i++;
    }
    const score = kept / inScope.length + rejectedOos / outOfScope.length;
    if (score > best) {
      best = score;
      const next = i < points.length ? points[i]!.confidence : Math.min(1, value + 1e-3);
      bestThreshold = (value + next) / 2;
    }
  }
  return bestThreshold;
}
