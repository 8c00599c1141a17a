// Builds FTS5 match expressions from what a person typed: prefix matching on words, plus stems.
import { queryStems, queryWords } from './index-stems.ts';

const MAX_TERMS = 12;

function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/**
 * An FTS5 expression for `text`, or undefined when it has no words. `all` requires every word
 * (search box); `any` ranks by any word (similar ideas while typing). Each word matches as a
 * prefix of a title/body word, or through its fi/sv/en stem, so inflected forms meet.
 */
export function buildFtsQuery(text: string, mode: 'all' | 'any'): string | undefined {
  return buildFtsMatch(queryWords(text), mode);
}

/** The FTS5 expression for words already split by queryWords. */
export function buildFtsMatch(allWords: string[], mode: 'all' | 'any'): string | undefined {
  const words = allWords.slice(0, MAX_TERMS);
  if (words.length === 0) return undefined;
  const parts = words.map((word) => {
    const stems = queryStems(word).filter((s) => s.length > 0);
    const stemPart = stems.length > 0 ? ` OR stems : (${stems.map((s) => `${quote(s)}*`).join(' OR ')})` : '';
    return `({title body} : ${quote(word)}*${stemPart})`;
  });
  return parts.join(mode === 'all' ? ' AND ' : ' OR ');
}

/** A word of the text typed so far; `typing` marks the last word while it may still be unfinished. */
export interface TypedWord {
  word: string;
  typing: boolean;
}

/** The index terms a finished word matches in the `stems` column (its stems, or itself). */
export function stemTerms(word: string): string[] {
  const stems = queryStems(word).filter((s) => s.length > 0);
  return stems.length > 0 ? stems : [word];
}

/**
 * An FTS5 expression matching any of `words` (similar ideas while typing). A finished word
 * matches exactly through its stems, so inflections meet without the long doclists of a prefix
 * query; the word being typed matches as a prefix of a title or body word.
 */
export function buildSimilarMatch(words: TypedWord[]): string | undefined {
  if (words.length === 0) return undefined;
  return words
    .map(({ word, typing }) =>
      typing ? `({title body} : ${quote(word)}*)` : `(stems : (${stemTerms(word).map(quote).join(' OR ')}))`,
    )
    .join(' OR ');
}
