// The trained NLU model and the shapes that go in and out of the engine.
import type { TextLang } from '@pulputtamo/shared/text';
import type { SparseWeights } from './quantize-weights.ts';

/** A language the engine understands. */
export type NluLang = TextLang;

/** One training phrase: `{ text: 'Miten saan kirjastokortin?', intent: 'lib_get_library_card', lang: 'fi' }`. */
export interface NluExample {
  text: string;
  intent: string;
  /** Detected from the text (falling back to the training default) when missing. */
  lang?: NluLang;
}

/** A message known not to belong to any intent (for choosing the out-of-scope threshold). */
export interface NluOutOfScopeExample {
  text: string;
  lang?: NluLang;
}

/** How a text becomes features; stored in the model so classification repeats it exactly. */
export interface FeatureConfig {
  /** Shortest and longest character n-gram, taken per word with word-boundary marks. */
  charMin: number;
  charMax: number;
  /** Relative weights of word stems and stem bigrams within the word features. */
  stemWeight: number;
  bigramWeight: number;
  /** Lengths the word features and the character n-grams of a message are scaled to. */
  wordNorm: number;
  charNorm: number;
  /** Only this many characters of a message are read (a 10 kB paste is not a question). */
  maxChars: number;
}

/**
 * The hidden-layer network whose class scores are added to the linear model's (see
 * `trainHiddenLayer`), 8-bit with one scale per row. Its output weights and biases already carry
 * the weight it is added with.
 */
export interface HiddenLayer {
  /** The vocabulary rows it reads (stems and stem bigrams), ascending. */
  inputRows: Uint32Array;
  /** `inputRows.length × units` embeddings, one scale per input row. */
  embeddings: Int8Array;
  embeddingScales: Float32Array;
  /** One bias per hidden unit (its length is the number of units). */
  hiddenBias: Float32Array;
  /** `units × classes` output weights, one scale per hidden unit. */
  output: Int8Array;
  outputScales: Float32Array;
  /** One bias per class. */
  outputBias: Float32Array;
}

/** A trained model. Treat it as immutable; serialise it with `serializeModel`. */
export interface NluModel {
  readonly version: 2;
  /** Intent ids, in column order of the weights. */
  intents: string[];
  /** Whether a hidden out-of-scope class follows the intents (trained from out-of-scope examples). */
  outOfScopeClass: boolean;
  /** Language assumed when detection is unsure and the caller gives no fallback. */
  defaultLang: NluLang;
  features: FeatureConfig;
  /** Feature hash of each vocabulary row, ascending (looked up by binary search). */
  hashes: Uint32Array;
  /** Per-row input scale: inverse document frequency times the feature group's weight. */
  inputScales: Float32Array;
  /** Linear weights, `hashes.length` rows × classes (intents, then the hidden class if any), sparse 8-bit. */
  weights: SparseWeights;
  /** One bias per class. */
  bias: Float32Array;
  /** The non-linear second opinion added to the linear scores; null when the model has none. */
  hiddenLayer: HiddenLayer | null;
  /** Softmax temperature fitted on validation data (1 when there was none). */
  temperature: number;
  /** Messages whose top confidence is below this are out of scope. */
  threshold: number;
  /** 53-bit hashes of the known phrasings (`phraseKey` of every example), ascending. */
  phraseHashes: Float64Array;
  /** Intent index of each known phrasing; −1 when two intents share it. */
  phraseIntents: Int32Array;
}

/** One intent in a ranking. */
export interface RankedIntent {
  intent: string;
  /** Calibrated probability, 0..1; the confidences of a ranking sum to at most 1. */
  confidence: number;
}

/** What `classify` says about one message. */
export interface Classification {
  /** The language the message was read in. */
  lang: NluLang;
  /** Every intent, most likely first. */
  ranking: RankedIntent[];
  /** True when no intent is confident enough (also for empty or garbage input). */
  outOfScope: boolean;
}
