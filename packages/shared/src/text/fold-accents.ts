// Accent folding for fuzzy matching: users who type without ä, ö or å still meet the words they mean.

const COMBINING_MARK = /\p{M}+/gu;

/**
 * Strips diacritics after canonical decomposition (`myöhässä` → `myohassa`, `Åbo` → `Abo`,
 * `café` → `cafe`). Lossy on purpose: use it for matching features, never for display.
 */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARK, '').normalize('NFC');
}
