// The versioned JSON shape a serialised model has on disk.

import { TEXT_LANGS } from '@pulputtamo/shared/text';
import { z } from 'zod';

/** Identifies a Pulputtamo NLU model file. */
export const MODEL_FORMAT = 'pulputtamo-nlu-model';
/** Bumped whenever features, scoring or this shape change; older files must be retrained. */
export const MODEL_VERSION = 1;

/** Base64 text; not checked character by character (megabytes), the decoded lengths are checked. */
const base64 = z.string();

/**
 * Numeric arrays are little-endian typed-array bytes in base64 (`hashes` Uint32, `weights` Int8
 * compressed with raw deflate, the rest Float32), so a model with 150 intents and 30,000
 * features is a few megabytes and loads in tens of milliseconds.
 */
export const serializedModelSchema = z.strictObject({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(MODEL_VERSION),
  intents: z.array(z.string()),
  defaultLang: z.enum(TEXT_LANGS),
  features: z.strictObject({
    charMin: z.number().int().min(1),
    charMax: z.number().int().min(1),
    stemWeight: z.number(),
    bigramWeight: z.number(),
    charWeight: z.number(),
    maxChars: z.number().int().positive(),
  }),
  temperature: z.number().positive(),
  threshold: z.number().min(0).max(1),
  hashes: base64,
  inputScales: base64,
  weights: base64,
  weightScales: base64,
  bias: base64,
  phrases: z.array(z.array(z.string())),
});
export type SerializedModel = z.infer<typeof serializedModelSchema>;
