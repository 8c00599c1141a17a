// Recognises a message that repeats a known phrasing of an intent (after normalisation and accent folding).
import { foldAccents, normalizeText } from '@pulputtamo/shared/text';
import type { NluModel } from './nlu-model.ts';

/** The normalised, accent-folded form under which phrasings are compared (`Myöhässä!` → `myohassa!`). */
export function phraseKey(text: string): string {
  return foldAccents(normalizeText(text));
}

/** Phrase → intent index; a phrase listed under two intents maps to −1 (it decides nothing). */
export function indexPhrases(phrases: readonly (readonly string[])[]): Map<string, number> {
  const index = new Map<string, number>();
  phrases.forEach((list, intent) => {
    for (const phrase of list) {
      const known = index.get(phrase);
      index.set(phrase, known === undefined || known === intent ? intent : -1);
    }
  });
  return index;
}

/** The index of the one intent that lists `text` (compared as `phraseKey`) among its examples. */
export function matchPhrase(model: NluModel, text: string): number | undefined {
  const intent = model.phraseIndex.get(phraseKey(text));
  return intent !== undefined && intent >= 0 ? intent : undefined;
}
