// Reads a model written by `serializeModel`, checking its format, version and array sizes.
import { inflateRawSync } from 'node:zlib';
import { indexPhrases } from './match-phrase.ts';
import { MODEL_FORMAT, MODEL_VERSION, serializedModelSchema } from './model-format.ts';
import type { NluModel } from './nlu-model.ts';

/** Copies bytes into a fresh, aligned typed array of `length` elements. */
function fromBytes<T extends Uint32Array | Int8Array | Float32Array>(
  bytes: Uint8Array,
  make: (length: number) => T,
  length: number,
  field: string,
): T {
  const array = make(length);
  if (bytes.byteLength !== array.byteLength) {
    throw new Error(`NLU model: ${field} holds ${bytes.byteLength} bytes, expected ${array.byteLength}`);
  }
  new Uint8Array(array.buffer).set(bytes);
  return array;
}

/**
 * Parses a serialised model. Throws an Error saying what is wrong when the text is not JSON,
 * not a Pulputtamo NLU model, of another version (retrain it), or its arrays are inconsistent.
 */
export function deserializeModel(json: string): NluModel {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new Error(`NLU model: not JSON (${(err as Error).message})`);
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (head?.format !== MODEL_FORMAT) throw new Error(`NLU model: format is not "${MODEL_FORMAT}"`);
  if (head.version !== MODEL_VERSION) {
    throw new Error(`NLU model: version ${String(head.version)} is not ${MODEL_VERSION}; retrain the model`);
  }
  const parsed = serializedModelSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`NLU model: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  const m = parsed.data;
  const rowsBytes = Buffer.byteLength(m.hashes, 'base64');
  if (rowsBytes % 4 !== 0) throw new Error('NLU model: hashes are not whole 32-bit numbers');
  const rows = rowsBytes / 4;
  const classes = m.intents.length;
  if (m.phrases.length !== classes) throw new Error('NLU model: phrases do not match the intents');
  const base64 = (text: string) => Buffer.from(text, 'base64');
  let weightBytes: Uint8Array;
  try {
    weightBytes = inflateRawSync(base64(m.weights));
  } catch {
    throw new Error('NLU model: weights are not deflate-compressed data');
  }
  const hashes = fromBytes(base64(m.hashes), (n) => new Uint32Array(n), rows, 'hashes');
  const vocabulary = new Map<number, number>();
  for (let row = 0; row < hashes.length; row++) vocabulary.set(hashes[row]!, row);
  return {
    version: MODEL_VERSION,
    intents: m.intents,
    defaultLang: m.defaultLang,
    features: m.features,
    hashes,
    vocabulary,
    inputScales: fromBytes(base64(m.inputScales), (n) => new Float32Array(n), rows, 'inputScales'),
    weights: fromBytes(weightBytes, (n) => new Int8Array(n), rows * classes, 'weights'),
    weightScales: fromBytes(base64(m.weightScales), (n) => new Float32Array(n), rows, 'weightScales'),
    bias: fromBytes(base64(m.bias), (n) => new Float32Array(n), classes, 'bias'),
    temperature: m.temperature,
    threshold: m.threshold,
    phrases: m.phrases,
    phraseIndex: indexPhrases(m.phrases),
  };
}
