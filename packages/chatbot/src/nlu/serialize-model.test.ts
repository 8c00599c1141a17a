import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { deserializeModel } from './deserialize-model.ts';
import { SAMPLE_EXAMPLES } from './sample-examples.ts';
import { serializeModel } from './serialize-model.ts';
import { trainModel } from './train-model.ts';

const model = trainModel(SAMPLE_EXAMPLES);
const json = serializeModel(model);

describe('serializeModel / deserializeModel', () => {
  it('writes versioned JSON', () => {
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data.format).toBe('pulputtamo-nlu-model');
    expect(data.version).toBe(1);
    expect(data.intents).toEqual(model.intents);
  });

  it('round-trips to a model with the same answers', () => {
    const loaded = deserializeModel(json);
    expect(serializeModel(loaded)).toBe(json);
    for (const text of ['kirjastokortin', 'öppettider', 'renew my books', '', '🙂']) {
      expect(classify(loaded, text)).toEqual(classify(model, text));
    }
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
