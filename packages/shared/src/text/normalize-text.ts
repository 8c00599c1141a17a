// Unicode normalisation and case folding that keeps the Nordic letters (å ä ö) intact.

/** Characters that carry no meaning for matching: controls, zero-width marks, soft hyphens. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * NFKC (full-width and ligature forms become plain letters), lower case, invisible characters
 * dropped, whitespace collapsed. `Å`/`Ä`/`Ö` stay letters of their own: `äiti` never meets `aiti`.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim();
}
