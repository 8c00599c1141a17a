// Classifies one message: language, ranked intents with calibrated confidences, out of scope or not.
import type { Classification, NluLang, NluModel } from './nlu-model.ts';
import { resolveLang } from './resolve-lang.ts';
import { scoreIntents } from './score-intents.ts';

/** Options of `classify`. */
export interface ClassifyOptions {
  /** The message's language when the caller knows it (detection is skipped). */
  lang?: NluLang;
  /** Language when detection is unsure: the session's or the bot's; default the model's. */
  fallbackLang?: NluLang;
}

/**
 * Ranks the model's intents for `text`, most likely first, with calibrated confidences (0..1,
 * summing to at most 1), and says whether the message is out of scope (top confidence below
 * the model's threshold). A message the model can read nothing in (empty, whitespace, emoji,
 * binary noise, a key mash like `asdfghjkl`) gets an empty ranking and is out of scope.
 * Never throws.
 */
export function classify(model: NluModel, text: string, options: ClassifyOptions = {}): Classification {
  const fallback = options.fallbackLang ?? model.defaultLang;
  let lang: NluLang = options.lang ?? fallback;
  try {
    const safeText = typeof text === 'string' ? text : '';
    lang = resolveLang(safeText, options.lang, fallback);
    const probs = scoreIntents(model, safeText, lang);
    if (!probs) return { lang, ranking: [], outOfScope: true };
    const ranking = model.intents
      .map((intent, i) => ({ intent, confidence: probs[i]! }))
      .sort((a, b) => b.confidence - a.confidence || (a.intent < b.intent ? -1 : 1));
    return { lang, ranking, outOfScope: ranking[0]!.confidence < model.threshold };
  } catch {
    // Classification must never break a conversation; an unreadable message is out of scope.
    return { lang, ranking: [], outOfScope: true };
  }
}
