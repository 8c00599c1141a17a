// The versioned JSON shape a serialised model has on disk.

import { TEXT_LANGS } from '@pulputtamo/shared/text';
import { z } from 'zod';

/** Identifies a Pulputtamo NLU model file. */
export const MODEL_FORMAT = 'pulputtamo-nlu-model';
/** Bumped whenever features, scoring or this shape change; older files must be retrained. */
export const MODEL_VERSION = 2;

/** Base64 text; not checked character by character (megabytes), the decoded lengths are checked. */
const base64 = z.string();

/**
 * Numeric arrays are little-endian typed-array bytes in base64, so that a model with 150 intents
 * and 30,000 features is a few megabytes and loads in milliseconds: `hashes`, `rowStarts` Uint32;
 * `columns` Uint8 (Uint16 beyond 256 classes); `values` Int8; `inputScales`, `weightScales`, `bias` Float32; `phraseHashes`
 * Float64; `phraseIntents` Int32. The hidden layer (null when the model has none): `inputRows` Uint32;
 * `embeddings`, `output` Int8; `embeddingScales`, `hiddenBias`, `outputScales`, `outputBias` Float32.
 * Version 2 added the hidden layer.
 */
export const serializedModelSchema = z.strictObject({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(MODEL_VERSION),
  intents: z.array(z.string()),
  outOfScopeClass: z.boolean(),
  defaultLang: z.enum(TEXT_LANGS),
  features: z.strictObject({
    charMin: z.number().int().min(1),
    charMax: z.number().int().min(1),
    stemWeight: z.number(),
    bigramWeight: z.number(),
    wordNorm: z.number(),
    charNorm: z.number(),
    maxChars: z.number().int().positive(),
  }),
  temperature: z.number().positive(),
  threshold: z.number().min(0).max(1),
  hashes: base64,
  inputScales: base64,
  rowStarts: base64,
  columns: base64,
  values: base64,
  weightScales: base64,
  bias: base64,
  hiddenLayer: z
    .strictObject({
      inputRows: base64,
      embeddings: base64,
      embeddingScales: base64,
      hiddenBias: base64,
      output: base64,
      outputScales: base64,
      outputBias: base64,
    })
    .nullable(),
  phraseHashes: base64,
  phraseIntents: base64,
});
export type SerializedModel = z.infer<typeof serializedModelSchema>;
