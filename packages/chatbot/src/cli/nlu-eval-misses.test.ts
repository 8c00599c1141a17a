import { describe, expect, it } from 'vitest';
import { formatMisses } from './nlu-eval-misses.ts';

const intents = [
  { intent: 'lib_goodbye', support: 36, precision: 1, recall: 0.9, f1: 0.95 },
  { intent: 'lib_thanks', support: 33, precision: 0.9, recall: 1, f1: 0.95 },
];

describe('formatMisses', () => {
  it('lists the misclassified examples under their own intent with what they were taken for', () => {
    const lines = formatMisses({
      intents,
      misses: [
        {
          example: { text: 'Kiitos ja hei', intent: 'lib_goodbye', lang: 'fi' },
          predicted: 'lib_thanks',
          confidence: 0.594,
        },
        { example: { text: 'Adjö', intent: 'lib_goodbye', lang: 'sv' }, predicted: undefined, confidence: 0 },
        { example: { text: 'kiitti moi', intent: 'lib_thanks' }, predicted: 'lib_goodbye', confidence: 0.5 },
      ],
    });
    expect(lines).toEqual([
      'Misclassified examples (3), under their own intent:',
      '  lib_goodbye (2 of 36)',
      '    → lib_thanks 59%  [fi] "Kiitos ja hei"',
      '    → (nothing readable)  [sv] "Adjö"',
      '  lib_thanks (1 of 33)',
      '    → lib_goodbye 50%  "kiitti moi"',
    ]);
  });

  it('says so when nothing was misclassified', () => {
    expect(formatMisses({ intents, misses: [] })).toEqual([
      'Misclassified examples (0), under their own intent:',
      '  none',
    ]);
  });
});
