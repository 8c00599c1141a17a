// Picks the out-of-scope threshold on validation data: fewest expected errors for an assumed share of
// out-of-scope messages, or the most in-scope answers at a required out-of-scope recall.

/** A validation message in scope: its top confidence and whether the top intent was right. */
export interface InScopeOutcome {
  confidence: number;
  correct: boolean;
}

/**
 * Share of real traffic assumed to be out of scope: about one message in five asks something
 * the bot does not cover. (Validation sets hold far fewer, so their raw mix would say "never
 * fall back"; an even 50 % would make the bot fall back on many answerable questions.)
 */
export const DEFAULT_OUT_OF_SCOPE_SHARE = 0.2;

/**
 * The threshold maximising `(1 − share) × inScopeAccuracy + share × outOfScopeRecall`, that is
 * the expected share of messages handled right when `share` of them are out of scope. A message
 * is out of scope when its top confidence is below the threshold; an in-scope message counts as
 * right only when it is kept and its top intent is right. The threshold sits halfway between two
 * observed confidences; ties go to the lower threshold (fewer needless fallbacks).
 */
export function chooseThreshold(
  inScope: readonly InScopeOutcome[],
  outOfScope: readonly number[],
  share = DEFAULT_OUT_OF_SCOPE_SHARE,
): number {
  if (inScope.length === 0 || outOfScope.length === 0) return 0;
  const points = [
    ...inScope.map((o) => ({ confidence: o.confidence, correct: o.correct ? 1 : 0, oos: 0 })),
    ...outOfScope.map((confidence) => ({ confidence, correct: 0, oos: 1 })),
  ].sort((x, y) => x.confidence - y.confidence);
  const value = (kept: number, rejected: number) =>
    (1 - share) * (kept / inScope.length) + share * (rejected / outOfScope.length);
  // Threshold below everything: all kept.
  let kept = points.reduce((s, p) => s + p.correct, 0);
  let rejectedOos = 0;
  let best = value(kept, 0);
  let bestThreshold = 0;
  for (let i = 0; i < points.length; ) {
    const confidence = points[i]!.confidence;
    // Raise the threshold just above `confidence`: every point at that confidence is rejected.
    while (i < points.length && points[i]!.confidence === confidence) {
      kept -= points[i]!.correct;
      rejectedOos += points[i]!.oos;
      i++;
    }
    const score = value(kept, rejectedOos);
    if (score > best) {
      best = score;
      const next = i < points.length ? points[i]!.confidence : Math.min(1, confidence + 1e-3);
      bestThreshold = (confidence + next) / 2;
    }
  }
  return bestThreshold;
}

/**
 * The lowest threshold that still rejects at least `minRecall` of the out-of-scope messages: the
 * most in-scope answers kept at a required out-of-scope recall (an operating point stated as a
 * requirement, like "catch at least half of what is out of scope"). As in `chooseThreshold`, the
 * threshold sits halfway between the last rejected confidence and the next observed one. 0 when
 * there is nothing to reject or `minRecall` is 0.
 */
export function chooseThresholdForRecall(
  inScope: readonly InScopeOutcome[],
  outOfScope: readonly number[],
  minRecall: number,
): number {
  const needed = Math.ceil(Math.min(1, Math.max(0, minRecall)) * outOfScope.length);
  if (needed === 0) return 0;
  const sorted = [...outOfScope].sort((a, b) => a - b);
  const last = sorted[needed - 1]!;
  // The next confidence observed above `last`, in scope or not.
  let next = Number.POSITIVE_INFINITY;
  for (const c of sorted) if (c > last && c < next) next = c;
  for (const o of inScope) if (o.confidence > last && o.confidence < next) next = o.confidence;
  return Number.isFinite(next) ? (last + next) / 2 : Math.min(1, last + 1e-3);
}
