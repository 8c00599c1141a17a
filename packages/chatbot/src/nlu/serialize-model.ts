// Writes a model as versioned JSON (numeric arrays as base64 typed-array bytes).
import { deflateRawSync } from 'node:zlib';
import { MODEL_FORMAT, MODEL_VERSION, type SerializedModel } from './model-format.ts';
import type { NluModel } from './nlu-model.ts';

function toBase64(array: Uint32Array | Int8Array | Float32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** The model as a JSON string; `deserializeModel` turns it back into an identical model. */
export function serializeModel(model: NluModel): string {
  const out: SerializedModel = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    intents: model.intents,
    defaultLang: model.defaultLang,
    features: model.features,
    temperature: model.temperature,
    threshold: model.threshold,
    hashes: toBase64(model.hashes),
    inputScales: toBase64(model.inputScales),
    // Most 8-bit weights are 0 or ±1: deflate shrinks them about threefold.
    weights: deflateRawSync(model.weights).toString('base64'),
    weightScales: toBase64(model.weightScales),
    bias: toBase64(model.bias),
    phrases: model.phrases,
  };
  return JSON.stringify(out);
}
