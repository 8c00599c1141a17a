import { describe, expect, it } from 'vitest';
import { detectLanguage, scoreLanguages } from './detect-language.ts';

describe('detectLanguage', () => {
  it('recognises sentences in each language whatever the fallback', () => {
    for (const fallback of ['fi', 'sv', 'en'] as const) {
      expect(detectLanguage('Miten saan kirjastokortin lapselle?', fallback)).toBe('fi');
      expect(detectLanguage('Hur får jag ett lånekort till mitt barn?', fallback)).toBe('sv');
      expect(detectLanguage('How do I get a library card for my child?', fallback)).toBe('en');
    }
  });

  it('copes with one- and two-word messages', () => {
    expect(detectLanguage('kirjastokortti', 'en')).toBe('fi');
    expect(detectLanguage('aukioloajat', 'sv')).toBe('fi');
    expect(detectLanguage('lånekortet', 'fi')).toBe('sv');
    expect(detectLanguage('öppettider', 'en')).toBe('sv');
    expect(detectLanguage('opening hours', 'fi')).toBe('en');
    expect(detectLanguage('kiitos', 'en')).toBe('fi');
    expect(detectLanguage('tack', 'fi')).toBe('sv');
    expect(detectLanguage('thanks', 'sv')).toBe('en');
  });

  it('reads Finnish typed without ä and ö', () => {
    expect(detectLanguage('paljonko maksaa myohastymismaksu', 'en')).toBe('fi');
    expect(detectLanguage('mita kuuluu', 'sv')).toBe('fi');
  });

  it('falls back when the text says nothing about its language', () => {
    for (const text of ['', '   ', 'ok', '42', '🙂👍', '\u0000\u0001', 'OK!', '2025']) {
      expect(detectLanguage(text, 'sv'), JSON.stringify(text)).toBe('sv');
      expect(detectLanguage(text, 'en'), JSON.stringify(text)).toBe('en');
    }
  });

  it('goes by the majority in mixed messages', () => {
    expect(detectLanguage('hej, miten saan kirjastokortin?', 'sv')).toBe('fi');
    expect(detectLanguage('moi, how do I renew my loans?', 'fi')).toBe('en');
  });

  it('reads only the start of a very long text', () => {
    const started = performance.now();
    expect(detectLanguage('och det är bra '.repeat(5_000), 'fi')).toBe('sv');
    expect(performance.now() - started).toBeLessThan(100);
    expect(scoreLanguages('')).toEqual({ fi: 0, sv: 0, en: 0 });
  });
});
