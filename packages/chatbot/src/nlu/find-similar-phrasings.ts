// Finds example phrasings that (nearly) repeat a phrasing of another intent, with fuse.js.
import Fuse from 'fuse.js';
import { phraseKey } from './match-phrase.ts';
import type { NluExample } from './nlu-model.ts';

/** Two examples of different intents that read almost the same. */
export interface SimilarPhrasing {
  a: NluExample;
  b: NluExample;
  /** Fuse score: 0 identical (after normalisation and accent folding) … `maxScore`. */
  score: number;
}

/** Fuse's bitap matcher handles up to 32 characters in one piece; longer phrasings are compared only when identical. */
const MAX_FUZZY_LENGTH = 32;

/**
 * Pairs of examples from different intents whose phrasings are identical or within `maxScore`
 * of each other (typos, a word's ending), closest first. Such pairs teach the classifier
 * contradictions; a content owner should reword or move one of them.
 */
export function findSimilarPhrasings(examples: readonly NluExample[], maxScore = 0.1): SimilarPhrasing[] {
  const keys = examples.map((e) => phraseKey(e.text));
  const found = new Map<string, SimilarPhrasing>();
  const add = (i: number, j: number, score: number) => {
    const a = examples[i]!;
    const b = examples[j]!;
    if (a.intent === b.intent) return;
    const id = i < j ? `${i}:${j}` : `${j}:${i}`;
    const known = found.get(id);
    if (!known || score < known.score) found.set(id, i < j ? { a, b, score } : { a: b, b: a, score });
  };
  const byKey = new Map<string, number[]>();
  keys.forEach((k, i) => {
    byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  for (const members of byKey.values()) {
    for (const i of members) for (const j of members) if (i < j) add(i, j, 0);
  }
  const short = keys.flatMap((k, i) => (k.length >= 6 && k.length <= MAX_FUZZY_LENGTH ? [i] : []));
  const fuse = new Fuse(
    short.map((i) => keys[i]!),
    { includeScore: true, threshold: maxScore, isCaseSensitive: true, ignoreLocation: true },
  );
  for (const i of short) {
    for (const hit of fuse.search(keys[i]!, { limit: 5 })) {
      const j = short[hit.refIndex]!;
      const lengthRatio = Math.min(keys[i]!.length, keys[j]!.length) / Math.max(keys[i]!.length, keys[j]!.length);
      // Fuse finds a pattern inside a longer text too; only near-equal wholes are "the same phrasing".
      if (j !== i && lengthRatio >= 0.85) add(i, j, hit.score ?? 0);
    }
  }
  return [...found.values()].sort((x, y) => x.score - y.score || (x.a.text < y.a.text ? -1 : 1));
}
