// The trained NLU model and the shapes that go in and out of the engine.
import type { TextLang } from '@pulputtamo/shared/text';

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
  /** Relative weights of word stems, stem bigrams and character n-grams. */
  stemWeight: number;
  bigramWeight: number;
  charWeight: number;
  /** Only this many characters of a message are read (a 10 kB paste is not a question). */
  maxChars: number;
}

/** A trained model. Treat it as immutable; serialise it with `serializeModel`. */
export interface NluModel {
  readonly version: 1;
  /** Intent ids, in row order of the weights. */
  intents: string[];
  /** Language assumed when detection is unsure and the caller gives no fallback. */
  defaultLang: NluLang;
  features: FeatureConfig;
  /** Feature hash of each vocabulary row. */
  hashes: Uint32Array;
  /** Feature hash → vocabulary row (rebuilt from `hashes` on load). */
  vocabulary: Map<number, number>;
  /** Per-row input scale: inverse document frequency times the feature group's weight. */
  inputScales: Float32Array;
  /** Linear weights, `hashes.length × intents.length`, row-major, quantised to 8 bits per row. */
  weights: Int8Array;
  /** Per-row factor that turns the 8-bit weights back into real numbers. */
  weightScales: Float32Array;
  bias: Float32Array;
  /** Softmax temperature fitted on validation data (1 when there was none). */
  temperature: number;
  /** Messages whose top confidence is below this are out of scope. */
  threshold: number;
  /** Known phrasings per intent (same order as `intents`), normalised and accent-folded. */
  phrases: string[][];
  /** Known phrasing → intent index, −1 when two intents share it (rebuilt from `phrases` on load). */
  phraseIndex: Map<string, number>;
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
