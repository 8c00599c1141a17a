import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { deserializeModel } from './deserialize-model.ts';
import { SAMPLE_EXAMPLES } from './sample-examples.ts';
import { serializeModel } from './serialize-model.ts';
import { trainModel } from './train-model.ts';

const model = trainModel(SAMPLE_EXAMPLES);
const json = serializeModel(model);
// Small training sets get no hidden layer by default; this one is asked for it.
const layered = trainModel(SAMPLE_EXAMPLES, { hiddenUnits: 8 });
const layeredJson = serializeModel(layered);

describe('serializeModel / deserializeModel', () => {
  it('writes versioned JSON', () => {
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data.format).toBe('pulputtamo-nlu-model');
    expect(data.version).toBe(2);
    expect(data.intents).toEqual(model.intents);
    expect(data.hiddenLayer).toBeNull();
    expect(JSON.parse(layeredJson).hiddenLayer).toMatchObject({ inputRows: expect.any(String) });
  });

  it('round-trips to a model with the same answers', () => {
    const loaded = deserializeModel(json);
    expect(serializeModel(loaded)).toBe(json);
    for (const text of ['kirjastokortin', 'öppettider', 'renew my books', '', '🙂']) {
      expect(classify(loaded, text)).toEqual(classify(model, text));
    }
  });

  it('round-trips a model with a hidden layer', () => {
    const loaded = deserializeModel(layeredJson);
    expect(loaded.hiddenLayer?.hiddenBias).toHaveLength(8);
    expect(serializeModel(loaded)).toBe(layeredJson);
    for (const text of ['kirjastokortin', 'öppettider', 'renew my books', '', '🙂']) {
      expect(classify(loaded, text)).toEqual(classify(layered, text));
    }
  });

  it('refuses version 1 files (before the hidden layer): retrain the model', () => {
    const data = JSON.parse(json) as Record<string, unknown>;
    const { hiddenLayer: _, ...v1 } = data;
    expect(() => deserializeModel(JSON.stringify({ ...v1, version: 1 }))).toThrow(
      /version 1 is not 2; retrain the model/,
    );
  });

  it('rejects a damaged hidden layer with a clear message', () => {
    const data = JSON.parse(layeredJson) as { hiddenLayer: Record<string, string> } & Record<string, unknown>;
    const damage = (field: string, value: string) =>
      JSON.stringify({ ...data, hiddenLayer: { ...data.hiddenLayer, [field]: value } });
    expect(() => deserializeModel(damage('output', 'AAAA'))).toThrow(/hiddenLayer.output holds 3 bytes, expected 48/);
    expect(() => deserializeModel(damage('embeddings', 'AAAA'))).toThrow(/hiddenLayer.embeddings holds 3 bytes/);
    // Two rows out of order (the second before the first).
    expect(() => deserializeModel(damage('inputRows', 'AgAAAAEAAAA='))).toThrow(/inputRows are not ascending/);
    expect(() => deserializeModel(JSON.stringify({ ...data, hiddenLayer: { inputRows: '' } }))).toThrow(/hiddenLayer/);
  });

  it('rejects other formats, versions and damaged arrays with a clear message', () => {
    expect(() => deserializeModel('not json')).toThrow(/not JSON/);
    expect(() => deserializeModel('{"format":"other"}')).toThrow(/format/);
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(() => deserializeModel(JSON.stringify({ ...data, version: 99 }))).toThrow(/version 99.*retrain/);
    expect(() => deserializeModel(JSON.stringify({ ...data, bias: 'AAAAAA==' }))).toThrow(
      /bias holds 4 bytes, expected 24/,
    );
    expect(() => deserializeModel(JSON.stringify({ ...data, values: 'AAAA' }))).toThrow(/values holds 3 bytes/);
    expect(() => deserializeModel(JSON.stringify({ ...data, hashes: 'AAA=' }))).toThrow(/hashes holds 2 bytes/);
    expect(() => deserializeModel(JSON.stringify({ ...data, columns: 'AAAA' }))).toThrow(/columns holds 3 bytes/);
    expect(() => deserializeModel(JSON.stringify({ ...data, threshold: 'high' }))).toThrow(/threshold/);
  });
});
