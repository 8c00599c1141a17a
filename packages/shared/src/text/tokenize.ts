// Word tokens of a text: runs of letters and digits after normalisation.
import { normalizeText } from './normalize-text.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of `text` in order, normalised (`Y-tunnus?` → `['y', 'tunnus']`). Never throws. */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}
