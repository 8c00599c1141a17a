// Turns a message into hashed sparse features that survive inflection, compounds, typos and missing ä/ö.
import { foldAccents, stem, tokenize } from '@pulputtamo/shared/text';
import type { FeatureConfig, NluLang } from './nlu-model.ts';

/** Feature groups, kept in the two lowest bits of every feature hash. */
export const FEATURE_KIND = { stem: 0, bigram: 1, char: 2 } as const;
export type FeatureKind = (typeof FEATURE_KIND)[keyof typeof FEATURE_KIND];

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Distinct starting states keep a stem and a character n-gram with equal text apart. */
const SEED: Record<FeatureKind, number> = { 0: FNV_OFFSET, 1: FNV_OFFSET ^ 0x5bd1e995, 2: FNV_OFFSET ^ 0x27d4eb2f };

function hashText(text: string, kind: FeatureKind): number {
  let h = SEED[kind];
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return ((h & ~3) | kind) >>> 0;
}

function add(features: Map<number, number>, hash: number): void {
  features.set(hash, (features.get(hash) ?? 0) + 1);
}

/** Character n-grams of one word marked `_word_`, hashed without building substrings. */
function addCharGrams(features: Map<number, number>, word: string, min: number, max: number): void {
  const marked = `_${word}_`;
  for (let start = 0; start < marked.length; start++) {
    let h = SEED[FEATURE_KIND.char];
    for (let end = start; end < marked.length && end - start < max; end++) {
      h ^= marked.charCodeAt(end);
      h = Math.imul(h, FNV_PRIME);
      if (end - start + 1 >= min) add(features, ((h & ~3) | FEATURE_KIND.char) >>> 0);
    }
  }
}

/**
 * Feature hash → count for `text` read as `lang`: accent-folded Snowball stems
 * (`kirjastokorttia` → `kirjastokort`), stem bigrams, and character n-grams of each
 * accent-folded word (`_kir`, `kirj`, … so that `kirjastokortti` shares most features with
 * `kortti`, and `kirjastokrotti` with `kirjastokortti`). Empty for text without words.
 */
export function extractFeatures(text: string, lang: NluLang, config: FeatureConfig): Map<number, number> {
  const features = new Map<number, number>();
  const words = tokenize(text.length > config.maxChars ? text.slice(0, config.maxChars) : text);
  let previous: string | undefined;
  for (const word of words) {
    const wordStem = foldAccents(stem(word, lang));
    add(features, hashText(wordStem, FEATURE_KIND.stem));
    if (previous !== undefined) add(features, hashText(`${previous} ${wordStem}`, FEATURE_KIND.bigram));
    previous = wordStem;
    addCharGrams(features, foldAccents(word), config.charMin, config.charMax);
  }
  return features;
}

/** The group a feature hash belongs to. */
export function featureKind(hash: number): FeatureKind {
  return (hash & 3) as FeatureKind;
}
