import { describe, expect, it } from 'vitest';
import { findSimilarPhrasings } from './find-similar-phrasings.ts';

describe('findSimilarPhrasings', () => {
  it('finds identical and near-identical examples of different intents, not of the same one', () => {
    const found = findSimilarPhrasings([
      { text: 'Miten uusin lainat?', intent: 'renew' },
      { text: 'miten uusin lainat', intent: 'loans' },
      { text: 'kirjaston aukioloajat', intent: 'hours' },
      { text: 'kirjaston aukioloajta', intent: 'events' },
      { text: 'kirjaston aukioloajat tänään', intent: 'hours' },
      { text: 'hae kirjaa', intent: 'search' },
    ]);
    expect(found.map((f) => [f.a.intent, f.b.intent])).toEqual([
      ['renew', 'loans'],
      ['hours', 'events'],
    ]);
    expect(found[0]?.score).toBe(0);
    expect(found[1]?.score).toBeGreaterThan(0);
  });

  it('returns nothing for distinct phrasings', () => {
    expect(
      findSimilarPhrasings([
        { text: 'moi', intent: 'hello' },
        { text: 'kiitos', intent: 'thanks' },
      ]),
    ).toEqual([]);
  });
});
