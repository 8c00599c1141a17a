import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import type { Classification } from './nlu-model.ts';
import { SAMPLE_EXAMPLES } from './sample-examples.ts';
import { trainModel } from './train-model.ts';

const model = trainModel(SAMPLE_EXAMPLES, { defaultLang: 'fi' });
const top = (text: string, options?: Parameters<typeof classify>[2]) =>
  classify(model, text, options).ranking[0]?.intent;

function expectWellFormed(result: Classification): void {
  const confidences = result.ranking.map((r) => r.confidence);
  for (const c of confidences) {
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThanOrEqual(1);
  }
  expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  expect(confidences.reduce((s, c) => s + c, 0)).toBeLessThanOrEqual(1 + 1e-9);
}

describe('classify: Finnish', () => {
  it('recognises inflected forms of one word', () => {
    for (const form of ['kirjastokortti', 'kirjastokortin', 'kirjastokorttia']) {
      expect(top(form), form).toBe('lib_get_library_card');
    }
    expect(top('tarviin kirjastokorttia')).toBe('lib_get_library_card');
    expect(top('onko kirjastolla aukioloaikoja pyhinä')).toBe('lib_opening_hours');
  });

  it('recognises compounds built from known words', () => {
    expect(top('lastenkirjastokortti')).toBe('lib_get_library_card');
    expect(top('kirjastokorttihakemus')).toBe('lib_get_library_card');
    expect(top('myöhästymismaksukäytäntö')).toBe('lib_late_fees');
  });

  it('tolerates typos', () => {
    expect(top('kirjastokrotti')).toBe('lib_get_library_card');
    expect(top('aukioloajta')).toBe('lib_opening_hours');
    expect(top('myöhästymismkasu')).toBe('lib_late_fees');
    expect(top('haluun uusa lainat')).toBe('lib_renew_loans');
  });

  it('tolerates missing ä and ö', () => {
    expect(top('paljonko myohastymismaksu on')).toBe('lib_late_fees');
    expect(top('hyvaa paivaa')).toBe('lib_greeting');
    expect(top('mihin aikaan paakirjasto aukeaa')).toBe('lib_opening_hours');
  });
});

describe('classify: languages', () => {
  it('detects Swedish and English and classifies them', () => {
    const sv = classify(model, 'Var kan jag förnya mina lån?');
    expect(sv.lang).toBe('sv');
    expect(sv.ranking[0]?.intent).toBe('lib_renew_loans');
    const en = classify(model, 'What are the opening hours of the library?');
    expect(en.lang).toBe('en');
    expect(en.ranking[0]?.intent).toBe('lib_opening_hours');
  });

  it('handles messages mixing languages', () => {
    const mixed = classify(model, 'hej, miten saan kirjastokortin?');
    expect(mixed.lang).toBe('fi');
    expect(mixed.ranking[0]?.intent).toBe('lib_get_library_card');
    expect(top('library card kiitos')).toBe('lib_get_library_card');
  });

  it('uses the fallback language when one word says nothing, and the caller’s language when given', () => {
    expect(classify(model, 'ok', { fallbackLang: 'sv' }).lang).toBe('sv');
    expect(classify(model, 'ok').lang).toBe('fi');
    expect(classify(model, 'kirjastokortti', { lang: 'en' }).lang).toBe('en');
  });
});

describe('classify: output', () => {
  it('ranks every intent with calibrated confidences that sum to at most 1', () => {
    const result = classify(model, 'Miten uusin lainani verkossa?');
    expect(result.ranking).toHaveLength(6);
    expect(result.ranking[0]?.intent).toBe('lib_renew_loans');
    expect(result.outOfScope).toBe(false);
    expectWellFormed(result);
  });

  it('is confident on a known phrasing', () => {
    const result = classify(model, 'Kirjaston aukioloajat');
    expect(result.ranking[0]?.intent).toBe('lib_opening_hours');
    expect(result.ranking[0]?.confidence).toBeGreaterThan(0.5);
  });
});

describe('classify: hostile input', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t\u00a0 '],
    ['emoji', '🙂👍🏽🎉'],
    ['binary-looking', '\u0000\u0001\u0002\u001b[0m\ufffd\ufffe'],
    ['unknown letters', 'xqzw vbnq'],
    ['a key mash', 'asdfghjkl'],
    ['another key mash', 'qwertyuiop zxcvbnm'],
    ['punctuation', '?!.,;:-'],
  ];
  it.each(cases)('returns out of scope for %s input', (_name, text) => {
    const result = classify(model, text);
    expect(result.outOfScope).toBe(true);
    expect(['fi', 'sv', 'en']).toContain(result.lang);
    expectWellFormed(result);
  });

  it('answers a 10 kB message quickly without throwing', () => {
    const long = 'miten saan kirjastokortin '.repeat(400);
    expect(long.length).toBeGreaterThan(10_000);
    const started = performance.now();
    const result = classify(model, long);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.ranking[0]?.intent).toBe('lib_get_library_card');
    expectWellFormed(result);
  });

  it('survives random bytes and values that are not strings', () => {
    const bytes = Array.from({ length: 2_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('');
    expectWellFormed(classify(model, bytes));
    expect(classify(model, undefined as unknown as string).outOfScope).toBe(true);
    expect(classify(model, 42 as unknown as string).outOfScope).toBe(true);
  });
});
