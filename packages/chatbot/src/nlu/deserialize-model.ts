// Reads a model written by `serializeModel`, checking its format, version and array sizes.
import { MODEL_FORMAT, MODEL_VERSION, type SerializedModel, serializedModelSchema } from './model-format.ts';
import type { HiddenLayer, NluModel } from './nlu-model.ts';

type NumericArray = Uint32Array | Uint16Array | Uint8Array | Int32Array | Int8Array | Float32Array | Float64Array;

/**
 * Decodes base64 into a fresh, aligned typed array made by `make(length)`; `length` undefined
 * takes as many elements as the bytes hold.
 */
function decode<T extends NumericArray>(
  text: string,
  make: (length: number) => T,
  elementBytes: number,
  length: number | undefined,
  field: string,
): T {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength % elementBytes !== 0) {
    throw new Error(`NLU model: ${field} holds ${bytes.byteLength} bytes, not whole ${elementBytes}-byte numbers`);
  }
  const array = make(length ?? bytes.byteLength / elementBytes);
  if (bytes.byteLength !== array.byteLength) {
    throw new Error(`NLU model: ${field} holds ${bytes.byteLength} bytes, expected ${array.byteLength}`);
  }
  new Uint8Array(array.buffer).set(bytes);
  return array;
}

/** Decodes the hidden layer and checks its sizes against the vocabulary (`rows`) and the classes. */
function decodeHiddenLayer(m: NonNullable<SerializedModel['hiddenLayer']>, rows: number, classes: number): HiddenLayer {
  const inputRows = decode(m.inputRows, (n) => new Uint32Array(n), 4, undefined, 'hiddenLayer.inputRows');
  for (let i = 0; i < inputRows.length; i++) {
    if (inputRows[i]! >= rows || (i > 0 && inputRows[i]! <= inputRows[i - 1]!)) {
      throw new Error('NLU model: hiddenLayer.inputRows are not ascending vocabulary rows');
    }
  }
  const hiddenBias = decode(m.hiddenBias, (n) => new Float32Array(n), 4, undefined, 'hiddenLayer.hiddenBias');
  const units = hiddenBias.length;
  return {
    inputRows,
    embeddings: decode(m.embeddings, (n) => new Int8Array(n), 1, inputRows.length * units, 'hiddenLayer.embeddings'),
    embeddingScales: decode(
      m.embeddingScales,
      (n) => new Float32Array(n),
      4,
      inputRows.length,
      'hiddenLayer.embeddingScales',
    ),
    hiddenBias,
    output: decode(m.output, (n) => new Int8Array(n), 1, units * classes, 'hiddenLayer.output'),
    outputScales: decode(m.outputScales, (n) => new Float32Array(n), 4, units, 'hiddenLayer.outputScales'),
    outputBias: decode(m.outputBias, (n) => new Float32Array(n), 4, classes, 'hiddenLayer.outputBias'),
  };
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
  const classes = m.intents.length + (m.outOfScopeClass ? 1 : 0);
  const hashes = decode(m.hashes, (n) => new Uint32Array(n), 4, undefined, 'hashes');
  const rows = hashes.length;
  const rowStarts = decode(m.rowStarts, (n) => new Uint32Array(n), 4, rows + 1, 'rowStarts');
  const entries = rowStarts[rows]!;
  // Columns are not checked one by one (a million of them would double the load time); a
  // column past the last class only ever reads and writes outside the score array, which
  // typed arrays ignore.
  const columns =
    classes <= 256
      ? decode(m.columns, (n) => new Uint8Array(n), 1, entries, 'columns')
      : decode(m.columns, (n) => new Uint16Array(n), 2, entries, 'columns');
  for (let r = 0; r < rows; r++) {
    if (rowStarts[r]! > rowStarts[r + 1]!) throw new Error('NLU model: rowStarts are not in order');
  }
  const phraseHashes = decode(m.phraseHashes, (n) => new Float64Array(n), 8, undefined, 'phraseHashes');
  const phraseIntents = decode(m.phraseIntents, (n) => new Int32Array(n), 4, phraseHashes.length, 'phraseIntents');
  for (const intent of phraseIntents) {
    if (intent >= m.intents.length) throw new Error('NLU model: phraseIntents point past the last intent');
  }
  return {
    version: MODEL_VERSION,
    intents: m.intents,
    outOfScopeClass: m.outOfScopeClass,
    defaultLang: m.defaultLang,
    features: m.features,
    hashes,
    inputScales: decode(m.inputScales, (n) => new Float32Array(n), 4, rows, 'inputScales'),
    weights: {
      rowStarts,
      columns,
      values: decode(m.values, (n) => new Int8Array(n), 1, entries, 'values'),
      scales: decode(m.weightScales, (n) => new Float32Array(n), 4, rows, 'weightScales'),
    },
    bias: decode(m.bias, (n) => new Float32Array(n), 4, classes, 'bias'),
    hiddenLayer: m.hiddenLayer && decodeHiddenLayer(m.hiddenLayer, rows, classes),
    temperature: m.temperature,
    threshold: m.threshold,
    phraseHashes,
    phraseIntents,
  };
}
