import { describe, expect, it } from 'vitest';
import { normalizeText, stem, stemAll, tokenize } from './index.ts';

describe('normalizeText', () => {
  it('folds case and width but keeps å ä ö', () => {
    expect(normalizeText('  ÄITI   Åbo\tÖLJY ')).toBe('äiti åbo öljy');
    expect(normalizeText('ＫＩＲＪＡＳＴＯ')).toBe('kirjasto');
  });
  it('drops invisible characters', () => {
    expect(normalizeText('kirja\u00adsto\u200b kortti\u0000')).toBe('kirja sto kortti');
  });
});

describe('tokenize', () => {
  it('splits on anything but letters and digits', () => {
    expect(tokenize('Y-tunnus? Maksaa 60 €!')).toEqual(['y', 'tunnus', 'maksaa', '60']);
  });
  it('returns nothing for empty, emoji-only or binary-looking input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('🙂🙂 \u0001\u0002')).toEqual([]);
  });
});

describe('stem', () => {
  it('brings Finnish inflected forms together', () => {
    const forms = ['kirjastokortti', 'kirjastokortin', 'kirjastokorttia'].map((w) => stem(w, 'fi'));
    expect(new Set(forms).size).toBe(1);
    expect(stem('pyörätelineet', 'fi')).toBe(stem('pyörätelineitä', 'fi'));
  });
  it('stems Swedish and English', () => {
    expect(stem('böckerna', 'sv')).toBe(stem('böcker', 'sv'));
    expect(stem('libraries', 'en')).toBe(stem('library', 'en'));
  });
  it('leaves short words, numbers and very long tokens alone', () => {
    expect(stem('ja', 'fi')).toBe('ja');
    expect(stem('2026', 'fi')).toBe('2026');
    const long = 'a'.repeat(200);
    expect(stem(long, 'fi')).toBe(long);
    expect(stemAll(['talot', 'talon'], 'fi')).toEqual([stem('talo', 'fi'), stem('talo', 'fi')]);
  });
});
