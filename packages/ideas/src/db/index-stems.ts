// Stems written into the full-text index and used for search queries, so inflected forms meet.

/** The distinct index terms of `text`: lower-cased word tokens (stemming joins once shared text utilities land). */
export function indexStems(text: string): string[] {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)];
}
