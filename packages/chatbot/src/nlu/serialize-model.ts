// Writes a model as versioned JSON (numeric arrays as base64 typed-array bytes).
import { MODEL_FORMAT, MODEL_VERSION, type SerializedModel } from './model-format.ts';
import type { NluModel } from './nlu-model.ts';

type NumericArray = Uint32Array | Uint16Array | Uint8Array | Int32Array | Int8Array | Float32Array | Float64Array;

function toBase64(array: NumericArray): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** The model as a JSON string; `deserializeModel` turns it back into an identical model. */
export function serializeModel(model: NluModel): string {
  const out: SerializedModel = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    intents: model.intents,
    outOfScopeClass: model.outOfScopeClass,
    defaultLang: model.defaultLang,
    features: model.features,
    temperature: model.temperature,
    threshold: model.threshold,
    hashes: toBase64(model.hashes),
    inputScales: toBase64(model.inputScales),
    rowStarts: toBase64(model.weights.rowStarts),
    columns: toBase64(model.weights.columns),
    values: toBase64(model.weights.values),
    weightScales: toBase64(model.weights.scales),
    bias: toBase64(model.bias),
    hiddenLayer: model.hiddenLayer && {
      inputRows: toBase64(model.hiddenLayer.inputRows),
      embeddings: toBase64(model.hiddenLayer.embeddings),
      embeddingScales: toBase64(model.hiddenLayer.embeddingScales),
      hiddenBias: toBase64(model.hiddenLayer.hiddenBias),
      output: toBase64(model.hiddenLayer.output),
      outputScales: toBase64(model.hiddenLayer.outputScales),
      outputBias: toBase64(model.hiddenLayer.outputBias),
    },
    phraseHashes: toBase64(model.phraseHashes),
    phraseIntents: toBase64(model.phraseIntents),
  };
  return JSON.stringify(out);
}
