// Stems written into the full-text index and used for search queries, so inflected forms meet.

/** Lower-cased NFKC word tokens of `text` (letters and digits). */
export function queryWords(text: string): string[] {
  return [
    ...new Set(
      text
        .normalize('NFKC')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [],
    ),
  ];
}

/** The distinct index terms of `text` for the FTS `stems` column. */
export function indexStems(text: string): string[] {
  return queryWords(text);
}

/** The stems one query word may have in the index. */
export function queryStems(word: string): string[] {
  return [word];
}
