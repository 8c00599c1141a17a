// Language detection between Finnish, Swedish and English that stays sensible for one-word messages.
import { foldAccents } from './fold-accents.ts';
import { MARKER_WORDS, SAMPLE_TEXT } from './language-samples.ts';
import { TEXT_LANGS, type TextLang } from './stem.ts';
import { tokenize } from './tokenize.ts';

/** Weight of a marker word (`och`, `mitä`, `the`) against letter statistics. */
const MARKER_WEIGHT = 2.5;
/** A folded marker (`mita` for `mitä`) is weaker evidence than the real spelling. */
const FOLDED_MARKER_WEIGHT = 1.5;
/** Letter statistics of one word are capped so that one odd word cannot outvote the rest. */
const WORD_LOG_FLOOR = -3;
/** The fallback language wins unless another language is ahead by this much. */
const FALLBACK_BONUS = 0.8;
/** Letter n-grams are not independent; scaling their log-likelihood keeps one word from being certain. */
const LETTER_SCALE = 0.3;
/** Only the first words of a long text are read; they decide the language as well as all. */
const MAX_WORDS = 60;

interface LetterModel {
  /** Log-probability of each letter bigram and trigram in this language. */
  logProb: Map<string, number>;
  /** Log-probability of an n-gram never seen in the samples. */
  unseen: number;
}

interface Profiles {
  letters: Record<TextLang, LetterModel>;
  markers: Map<string, TextLang[]>;
  foldedMarkers: Map<string, TextLang[]>;
}

let profiles: Profiles | undefined;

function ngramsOf(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let n = 2; n <= 3; n++) {
    for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  }
  return grams;
}

function buildLetterModel(text: string): LetterModel {
  const counts = new Map<string, number>();
  let total = 0;
  for (const word of tokenize(text)) {
    for (const gram of ngramsOf(word)) {
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
      total++;
    }
  }
  // Add-half smoothing over a generous vocabulary keeps unseen n-grams possible but unlikely.
  const alpha = 0.5;
  const denominator = total + alpha * 20_000;
  const logProb = new Map<string, number>();
  for (const [gram, count] of counts) logProb.set(gram, Math.log((count + alpha) / denominator));
  return { logProb, unseen: Math.log(alpha / denominator) };
}

function addMarkers(map: Map<string, TextLang[]>, word: string, lang: TextLang): void {
  const langs = map.get(word) ?? [];
  if (!langs.includes(lang)) langs.push(lang);
  map.set(word, langs);
}

function getProfiles(): Profiles {
  if (profiles) return profiles;
  const markers = new Map<string, TextLang[]>();
  const foldedMarkers = new Map<string, TextLang[]>();
  for (const lang of TEXT_LANGS) {
    for (const word of MARKER_WORDS[lang].split(/\s+/u).filter(Boolean)) {
      addMarkers(markers, word, lang);
      addMarkers(foldedMarkers, foldAccents(word), lang);
    }
  }
  const letters = {} as Record<TextLang, LetterModel>;
  for (const lang of TEXT_LANGS) letters[lang] = buildLetterModel(`${SAMPLE_TEXT[lang]} ${MARKER_WORDS[lang]}`);
  profiles = { letters, markers, foldedMarkers };
  return profiles;
}

/** Per-language log posterior of one word from its letters (uniform prior over languages). */
function letterEvidence(word: string, letters: Record<TextLang, LetterModel>): Record<TextLang, number> {
  const grams = ngramsOf(word);
  const logLik = TEXT_LANGS.map((lang) => {
    const model = letters[lang];
    let sum = 0;
    for (const gram of grams) sum += model.logProb.get(gram) ?? model.unseen;
    return sum * LETTER_SCALE;
  });
  const max = Math.max(...logLik);
  const norm = max + Math.log(logLik.reduce((s, v) => s + Math.exp(v - max), 0));
  const out = {} as Record<TextLang, number>;
  TEXT_LANGS.forEach((lang, i) => {
    out[lang] = Math.max(WORD_LOG_FLOOR, (logLik[i] ?? 0) - norm);
  });
  return out;
}

/**
 * Evidence for each language in `text` (higher is more likely), before any fallback preference.
 * All zeros when the text has no words (empty, emoji, digits, binary noise).
 */
export function scoreLanguages(text: string): Record<TextLang, number> {
  const scores: Record<TextLang, number> = { fi: 0, sv: 0, en: 0 };
  const words = tokenize(text.slice(0, 2_000))
    .filter((w) => !/^\p{N}+$/u.test(w))
    .slice(0, MAX_WORDS);
  if (words.length === 0) return scores;
  const { letters, markers, foldedMarkers } = getProfiles();
  for (const word of words) {
    const exact = markers.get(word);
    const folded = exact ? undefined : foldedMarkers.get(word);
    const hit = exact ?? folded;
    if (hit) {
      const weight = (exact ? MARKER_WEIGHT : FOLDED_MARKER_WEIGHT) / hit.length;
      for (const lang of hit) scores[lang] += weight;
    }
    // Letter statistics say little about one- or two-letter words.
    if (word.length >= 3) {
      const evidence = letterEvidence(word, letters);
      for (const lang of TEXT_LANGS) scores[lang] += evidence[lang];
    }
  }
  const joined = words.join(' ');
  // Only Swedish (of the three) writes å; English writes neither ä nor ö.
  if (joined.includes('å')) scores.sv += 3;
  if (/[äö]/u.test(joined)) scores.en -= 3;
  return scores;
}

/**
 * The language of `text`: Finnish, Swedish or English. Short or ambiguous messages (`ok`, `42`,
 * an emoji, a name) return `fallback`, which should be the session's or the bot's language.
 * Never throws.
 */
export function detectLanguage(text: string, fallback: TextLang): TextLang {
  const scores = scoreLanguages(text);
  scores[fallback] += FALLBACK_BONUS;
  let best: TextLang = fallback;
  for (const lang of TEXT_LANGS) if (scores[lang] > scores[best]) best = lang;
  return best;
}
