import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { DEFAULT_THRESHOLD } from './fit-model.ts';
import { SAMPLE_EXAMPLES } from './sample-examples.ts';
import { serializeModel } from './serialize-model.ts';
import { trainModel } from './train-model.ts';

const probes = ['kirjastokortti', 'Hur förnyar jag?', 'late fee', 'moi', 'mikä on Ranskan pääkaupunki'];

describe('trainModel', () => {
  it('is deterministic: same data, same model, same answers', () => {
    const a = trainModel(SAMPLE_EXAMPLES);
    const b = trainModel(SAMPLE_EXAMPLES.map((e) => ({ ...e })));
    expect(serializeModel(a)).toBe(serializeModel(b));
    for (const text of probes) expect(classify(a, text)).toEqual(classify(b, text));
  });

  it('lists intents in sorted order and carries the default threshold', () => {
    const model = trainModel(SAMPLE_EXAMPLES);
    expect(model.intents).toEqual([...model.intents].sort());
    expect(model.intents).toHaveLength(6);
    expect(model.threshold).toBe(DEFAULT_THRESHOLD);
  });

  it('calibrates small training sets by cross-validation', () => {
    const calibrated = trainModel(SAMPLE_EXAMPLES);
    const raw = trainModel(SAMPLE_EXAMPLES, { crossValidate: false });
    expect(raw.temperature).toBe(1);
    expect(calibrated.temperature).not.toBe(1);
    expect(calibrated.temperature).toBeGreaterThan(0.05);
    expect(calibrated.temperature).toBeLessThan(20);
    expect(classify(calibrated, 'voisinko pidentää lainoja').ranking[0]?.intent).toBe('lib_renew_loans');
  });

  it('adds a hidden layer from 5,000 examples on, or when asked, and its scores count', () => {
    expect(trainModel(SAMPLE_EXAMPLES).hiddenLayer).toBeNull();
    const layered = trainModel(SAMPLE_EXAMPLES, { hiddenUnits: 8, crossValidate: false });
    const plain = trainModel(SAMPLE_EXAMPLES, { crossValidate: false });
    expect(layered.hiddenLayer?.hiddenBias).toHaveLength(8);
    const again = trainModel(
      SAMPLE_EXAMPLES.map((e) => ({ ...e })),
      { hiddenUnits: 8, crossValidate: false },
    );
    expect(serializeModel(again)).toBe(serializeModel(layered));
    // Same linear weights; the hidden layer changes the confidences.
    expect(layered.weights).toEqual(plain.weights);
    const text = 'voisinko pidentää lainoja';
    expect(classify(layered, text).ranking[0]?.confidence).not.toBe(classify(plain, text).ranking[0]?.confidence);
    const many = Array.from({ length: 5_000 }, (_, i) => SAMPLE_EXAMPLES[i % SAMPLE_EXAMPLES.length]!);
    expect(trainModel(many, { crossValidate: false, epochs: 1 }).hiddenLayer).not.toBeNull();
  });

  it('takes an explicit threshold', () => {
    const model = trainModel(SAMPLE_EXAMPLES, { threshold: 1 });
    expect(model.threshold).toBe(1);
    expect(classify(model, 'lainojen uusiminen verkossa').outOfScope).toBe(true);
  });

  it('detects the language of examples without one', () => {
    const unlabelled = SAMPLE_EXAMPLES.map(({ text, intent }) => ({ text, intent }));
    const model = trainModel(unlabelled, { defaultLang: 'fi' });
    expect(classify(model, 'Var kan jag förnya mina lån?').ranking[0]?.intent).toBe('lib_renew_loans');
  });

  it('fits temperature and chooses the threshold on validation data', () => {
    const held = new Set([0, 5, 10]);
    const train = SAMPLE_EXAMPLES.filter((_, i) => !held.has(i % 20));
    const validation = SAMPLE_EXAMPLES.filter((_, i) => held.has(i % 20));
    const outOfScope = [
      { text: 'mikä on Ranskan pääkaupunki', lang: 'fi' as const },
      { text: 'tilaa minulle pizza', lang: 'fi' as const },
      { text: 'what is the weather tomorrow', lang: 'en' as const },
      { text: 'hur mycket är klockan', lang: 'sv' as const },
    ];
    const model = trainModel(train, { validation: { examples: validation, outOfScope } });
    expect(model.temperature).not.toBe(1);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    const explicit = trainModel(train, { validation: { examples: validation, outOfScope }, threshold: 0.42 });
    expect(explicit.threshold).toBe(0.42);
    // A required out-of-scope recall instead of an assumed share: the lowest threshold that rejects
    // that share of the validation's out-of-scope messages (one of four, then all four).
    const rejectedAt = (minOutOfScopeRecall: number) => {
      const model = trainModel(train, { validation: { examples: validation, outOfScope, minOutOfScopeRecall } });
      return outOfScope.filter((m) => classify(model, m.text, { lang: m.lang }).outOfScope).length;
    };
    expect(rejectedAt(0.25)).toBe(1);
    expect(rejectedAt(1)).toBe(4);
  });

  it('trains on nothing and then classifies everything as out of scope', () => {
    const model = trainModel([]);
    expect(classify(model, 'kirjastokortti')).toEqual({ lang: 'fi', ranking: [], outOfScope: true });
  });

  it('trains 15,000 examples quickly enough to test here', () => {
    const many = Array.from({ length: 3_000 }, (_, i) => SAMPLE_EXAMPLES[i % SAMPLE_EXAMPLES.length]!);
    const started = performance.now();
    trainModel(many);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
