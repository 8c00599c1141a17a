import { describe, expect, it } from 'vitest';
import { extractFeatures, FEATURE_KIND, featureKind } from './extract-features.ts';
import { DEFAULT_FEATURES } from './fit-model.ts';

const shared = (a: string, b: string) => {
  const fa = extractFeatures(a, 'fi', DEFAULT_FEATURES);
  const fb = extractFeatures(b, 'fi', DEFAULT_FEATURES);
  return [...fa.keys()].filter((h) => fb.has(h)).length / Math.max(fa.size, fb.size);
};

describe('extractFeatures', () => {
  it('gives inflected forms the same stem feature', () => {
    const stems = (text: string) =>
      [...extractFeatures(text, 'fi', DEFAULT_FEATURES).keys()].filter((h) => featureKind(h) === FEATURE_KIND.stem);
    expect(stems('kirjastokortin')).toEqual(stems('kirjastokorttia'));
  });

  it('lets compounds, typos and missing ä/ö share most character n-grams', () => {
    expect(shared('kirjastokortti', 'kortti')).toBeGreaterThan(0.2);
    expect(shared('kirjastokortti', 'kirjastokrotti')).toBeGreaterThan(0.5);
    expect(shared('myöhästymismaksu', 'myohastymismaksu')).toBe(1);
  });

  it('returns nothing for text without words, and reads only the first maxChars characters', () => {
    expect(extractFeatures('', 'fi', DEFAULT_FEATURES).size).toBe(0);
    expect(extractFeatures('🙂 \u0000 ?!', 'en', DEFAULT_FEATURES).size).toBe(0);
    const long = extractFeatures('sana '.repeat(10_000), 'fi', DEFAULT_FEATURES);
    expect(long.size).toBeLessThan(20);
  });
});
