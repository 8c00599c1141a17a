// The key of a trained model: a hash of everything it was trained from.
import { createHash } from 'node:crypto';
import type { NluExample } from '../nlu/nlu-model.ts';
import type { TrainOptions } from '../nlu/train-model.ts';
import { engineFingerprint } from './engine-fingerprint.ts';

/** SHA-256 of the examples, the options and the engine's source. */
export function modelKey(examples: readonly NluExample[], options: TrainOptions): string {
  return createHash('sha256').update(JSON.stringify({ examples, options })).update(engineFingerprint()).digest('hex');
}
