// Recognises a message that repeats a known phrasing of an intent (after normalisation and accent folding).
import { foldAccents, tokenize } from '@pulputtamo/shared/text';
import { binarySearch } from './binary-search.ts';
import type { NluModel } from './nlu-model.ts';

/** The form under which phrasings are compared: words only, accent-folded (`Myöhässä, taas!` → `myohassa taas`). */
export function phraseKey(text: string): string {
  return foldAccents(tokenize(text).join(' '));
}

/** A 53-bit hash of a phrase key (cyrb53): collisions among a bot's phrasings are practically impossible. */
export function hashPhrase(key: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4_294_967_296 * (2_097_151 & h2) + (h1 >>> 0);
}

/** Known phrasings as sorted hashes and the intent index of each (−1 when two intents share it). */
export interface PhraseIndex {
  phraseHashes: Float64Array;
  phraseIntents: Int32Array;
}

/** Indexes each intent's example texts (by `phraseKey`); a phrase under two intents decides nothing. */
export function indexPhrases(textsByIntent: readonly (readonly string[])[]): PhraseIndex {
  const index = new Map<number, number>();
  textsByIntent.forEach((texts, intent) => {
    for (const text of texts) {
      const key = phraseKey(text);
      if (key.length === 0) continue;
      const hash = hashPhrase(key);
      const known = index.get(hash);
      index.set(hash, known === undefined || known === intent ? intent : -1);
    }
  });
  const phraseHashes = Float64Array.from(index.keys()).sort();
  const phraseIntents = Int32Array.from(phraseHashes, (h) => index.get(h) ?? -1);
  return { phraseHashes, phraseIntents };
}

/** The index of the one intent that lists `text` (compared as `phraseKey`) among its examples. */
export function matchPhrase(model: NluModel, text: string): number | undefined {
  const at = binarySearch(model.phraseHashes, hashPhrase(phraseKey(text)));
  const intent = at >= 0 ? model.phraseIntents[at]! : -1;
  return intent >= 0 ? intent : undefined;
}
