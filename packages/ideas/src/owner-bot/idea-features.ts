// Features of an idea's text for the owner bot: word stems plus character 4-grams of each stem,
// so inflected forms meet (kirjastokorttia → kirjastokort) and compound parts do too
// (pyöräteline ~ pyöräparkki share "pyör").
import { stem, type TextLang, tokenize } from '@pulputtamo/shared/text';

/** Words too common in ideas to say anything about who should own one. */
const STOP_WORDS = new Set(
  (
    'ja tai sekä että on ei ole olla oli ovat se ne tämä tämän nämä joka jotka mikä mitä kun jos niin ' +
    'myös vain voisi voisiko voitaisiin pitäisi tulisi olisi kaikki kaikkien meidän meillä meille me ' +
    'minä mä sinä he hän sen siitä siihen sitä kuin mutta koska jotta vielä jo nyt aina paljon enemmän ' +
    'uusi uuden uusia idea idean ideana ehdotus ehdotan ehdotetaan esim esimerkiksi jne tms eli ' +
    'och att det som är en ett för med till på av inte kan skulle vi the a an and or to of in for on ' +
    'is are be could should would we our with'
  ).split(' '),
);

/** Weight of one 4-gram relative to a whole stem. */
const GRAM_WEIGHT = 0.5;

/** Feature → count of `text`; deterministic, never throws. */
export function ideaFeatures(text: string, lang: TextLang = 'fi'): Map<string, number> {
  const features = new Map<string, number>();
  const add = (key: string, weight: number) => features.set(key, (features.get(key) ?? 0) + weight);
  for (const word of tokenize(text)) {
    if (word.length < 2 || STOP_WORDS.has(word) || /^\p{N}+$/u.test(word)) continue;
    const s = stem(word, lang);
    add(`w:${s}`, 1);
    if (s.length > 5) {
      for (let i = 0; i + 4 <= s.length; i++) add(`g:${s.slice(i, i + 4)}`, GRAM_WEIGHT);
    }
  }
  return features;
}
