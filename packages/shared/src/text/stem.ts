// Snowball stemming for Finnish, Swedish and English, so inflected forms of a word meet.
/// <reference path="./snowball-stemmers.d.ts" />
import snowball from 'snowball-stemmers';

/** The languages Pulputtamo speaks. */
export const TEXT_LANGS = ['fi', 'sv', 'en'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];

const ALGORITHM: Record<TextLang, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };
const stemmers = new Map<TextLang, { stem(word: string): string }>();
/** Stems are pure functions of (language, word); a bounded cache saves repeating the work. */
const cache = new Map<string, string>();
const CACHE_MAX = 100_000;
/** Longer "words" are hashes, URLs or noise; stemming them only costs time. */
const MAX_STEM_LENGTH = 40;

function stemmerFor(lang: TextLang): { stem(word: string): string } {
  let stemmer = stemmers.get(lang);
  if (!stemmer) {
    stemmer = snowball.newStemmer(ALGORITHM[lang]);
    stemmers.set(lang, stemmer);
  }
  return stemmer;
}

/** The Snowball stem of one normalised word (`kirjastokorttia` → `kirjastokort`). */
export function stem(word: string, lang: TextLang): string {
  if (word.length < 3 || word.length > MAX_STEM_LENGTH || /^\p{N}+$/u.test(word)) return word;
  const key = `${lang}:${word}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = stemmerFor(lang).stem(word) || word;
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, result);
  return result;
}

/** Stems of every token, in order. */
export function stemAll(tokens: readonly string[], lang: TextLang): string[] {
  return tokens.map((t) => stem(t, lang));
}
