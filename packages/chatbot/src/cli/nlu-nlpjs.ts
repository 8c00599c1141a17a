// NLP.js (@nlpjs/nlp with its fi/sv/en language packages) as the benchmark's peer system.
import { createRequire } from 'node:module';
import type { NluExample, NluLang } from '../nlu/nlu-model.ts';

interface NlpjsResult {
  intent: string;
  score: number;
}
interface NlpjsInstance {
  use(plugin: unknown): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, utterance: string): Promise<NlpjsResult>;
}

const require = createRequire(import.meta.url);
const PACKAGES: Record<NluLang, [string, string]> = {
  fi: ['@nlpjs/lang-fi', 'LangFi'],
  sv: ['@nlpjs/lang-sv', 'LangSv'],
  en: ['@nlpjs/lang-en', 'LangEn'],
};

/** A trained NLP.js classifier for one language. */
export interface NlpjsClassifier {
  /** The top intent and its score; `intent` undefined when NLP.js answers `None`. */
  classify(text: string): Promise<{ intent: string | undefined; confidence: number }>;
}

/**
 * Trains NLP.js on the examples, all in `lang`, with out-of-scope messages as documents of its
 * `None` intent, and its own threshold off (0) so that the benchmark can choose one on
 * validation data exactly as it does for Pulputtamo.
 */
export async function trainNlpjs(
  examples: readonly NluExample[],
  outOfScope: readonly NluExample[],
  lang: NluLang,
): Promise<NlpjsClassifier> {
  const { Nlp } = require('@nlpjs/nlp') as { Nlp: new (settings: object) => NlpjsInstance };
  const [pkg, exportName] = PACKAGES[lang];
  const langPlugin = (require(pkg) as Record<string, unknown>)[exportName];
  const nlp = new Nlp({
    languages: [lang],
    autoSave: false,
    autoLoad: false,
    threshold: 0,
    calculateSentiment: false,
    nlu: { log: false },
  });
  nlp.use(langPlugin);
  for (const e of examples) nlp.addDocument(lang, e.text, e.intent);
  for (const e of outOfScope) nlp.addDocument(lang, e.text, 'None');
  await nlp.train();
  return {
    async classify(text) {
      const result = await nlp.process(lang, text);
      if (!result.intent || result.intent === 'None') return { intent: undefined, confidence: 0 };
      return { intent: result.intent, confidence: result.score };
    },
  };
}
