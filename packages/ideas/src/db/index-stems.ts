// Stems written into the full-text index and used for search queries, so inflected forms meet
// (kirjastokortti / kirjastokortin / kirjastokorttia all index as "kirjastokort").
import { stem, tokenize } from '@pulputtamo/shared/text';

/**
 * Bumped whenever indexStems() would write different terms for the same text; openDb() then
 * rebuilds the stems of every idea once.
 */
export const STEMS_VERSION = 1;

/** Lower-cased NFKC word tokens of `text` (letters and digits), each once. */
export function queryWords(text: string): string[] {
  return [...new Set(tokenize(text))];
}

/** The distinct index terms of `text` for the FTS `stems` column (Finnish Snowball stems). */
export function indexStems(text: string): string[] {
  return [...new Set(tokenize(text).map((w) => stem(w, 'fi')))];
}

/** The stems one query word may have in the index. */
export function queryStems(word: string): string[] {
  return [stem(word, 'fi')];
}
