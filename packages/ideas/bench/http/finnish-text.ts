// Finnish-looking idea titles, bodies, comments and names built from word lists with Zipf word
// frequencies, so the full-text index gets common words, compounds and a long tail of rare terms.
import { createZipf, type Random } from './random.ts';

const NOUNS = [
  'kirjasto',
  'koulu',
  'päiväkoti',
  'pyörä',
  'teline',
  'katu',
  'valaistus',
  'uimahalli',
  'sauna',
  'puisto',
  'leikkipaikka',
  'penkki',
  'roska-astia',
  'kierrätys',
  'bussi',
  'pysäkki',
  'aikataulu',
  'lippu',
  'sovellus',
  'lomake',
  'järjestelmä',
  'tunnus',
  'salasana',
  'tulostin',
  'kokous',
  'kalenteri',
  'työvuoro',
  'loma',
  'palkka',
  'perehdytys',
  'koulutus',
  'työterveys',
  'tauko',
  'kahvi',
  'ruokala',
  'lounas',
  'kasvis',
  'ruoka',
  'hävikki',
  'energia',
  'lämmitys',
  'ilmanvaihto',
  'ikkuna',
  'ovi',
  'avain',
  'kulkukortti',
  'pysäköinti',
  'auto',
  'sähköauto',
  'latauspiste',
  'lumityö',
  'hiekoitus',
  'liukkaus',
  'jalkakäytävä',
  'suojatie',
  'liikennevalo',
  'nopeus',
  'melu',
  'pöly',
  'vesi',
  'jätevesi',
  'hulevesi',
  'ranta',
  'laituri',
  'uimaranta',
  'latu',
  'kuntorata',
  'kenttä',
  'jäähalli',
  'kuntosali',
  'museo',
  'teatteri',
  'konsertti',
  'näyttely',
  'tapahtuma',
  'festivaali',
  'nuorisotila',
  'harrastus',
  'kerho',
  'leiri',
  'oppilas',
  'opettaja',
  'luokka',
  'oppikirja',
  'tabletti',
  'kannettava',
  'verkko',
  'langaton',
  'tietoturva',
  'varmuuskopio',
  'arkisto',
  'asiakirja',
  'allekirjoitus',
  'lasku',
  'hankinta',
  'kilpailutus',
  'sopimus',
  'budjetti',
  'raportti',
  'tilasto',
  'asiakas',
  'palaute',
  'kysely',
  'neuvonta',
  'puhelin',
  'chatti',
  'sähköposti',
  'verkkosivu',
  'intranet',
  'tiedote',
  'vanhus',
  'kotihoito',
  'hoitaja',
  'lääkäri',
  'vastaanotto',
  'ajanvaraus',
  'jono',
  'odotusaika',
  'kuljetus',
  'taksi',
  'siivous',
  'pesula',
  'varasto',
  'kaluste',
  'tuoli',
  'pöytä',
  'näyttö',
  'kaiutin',
  'mikrofoni',
  'etäyhteys',
  'kasvihuone',
  'viljely',
  'puu',
  'kukka',
  'nurmikko',
  'niitty',
  'lintu',
  'mehiläinen',
  'luonto',
  'ilmasto',
  'tori',
  'kauppahalli',
  'kahvila',
  'matkailu',
  'opaste',
  'kartta',
  'reitti',
  'satama',
  'lentokenttä',
  'juna',
];

const PASSIVES = [
  'lisätään',
  'parannetaan',
  'uudistetaan',
  'kokeillaan',
  'siirretään',
  'digitalisoidaan',
  'yhtenäistetään',
  'selkeytetään',
  'nopeutetaan',
  'korjataan',
  'vähennetään',
  'avataan',
  'helpotetaan',
  'automatisoidaan',
];

const VERB_NOUNS = [
  'pidentäminen',
  'parantaminen',
  'lisääminen',
  'uudistaminen',
  'kehittäminen',
  'digitalisointi',
  'yhdistäminen',
  'siirtäminen',
  'selkeyttäminen',
  'automatisointi',
  'kokeilu',
  'käyttöönotto',
  'vähentäminen',
  'avaaminen',
];

const VERBS = [
  'on',
  'olisi',
  'voisi',
  'pitäisi',
  'tarvitaan',
  'säästäisi',
  'helpottaisi',
  'parantaisi',
  'vähentäisi',
  'toimii',
  'kestää',
  'puuttuu',
  'maksaa',
  'auttaisi',
  'vaatii',
  'näkyy',
  'löytyy',
  'jää',
  'tulee',
  'menee',
];

const ADJECTIVES = [
  'uusi',
  'parempi',
  'sujuva',
  'digitaalinen',
  'yhteinen',
  'turvallinen',
  'esteetön',
  'edullinen',
  'nopea',
  'selkeä',
  'vanha',
  'rikkinäinen',
  'hidas',
  'kallis',
  'ekologinen',
  'sähköinen',
  'joustava',
  'viihtyisä',
  'hiljainen',
  'valoisa',
];

const COMMON = [
  'ja',
  'että',
  'myös',
  'kun',
  'se',
  'ei',
  'nyt',
  'jo',
  'vain',
  'sekä',
  'tai',
  'kaupungin',
  'henkilöstön',
  'asiakkaiden',
  'paljon',
  'meillä',
  'usein',
  'aina',
  'joka',
  'tämä',
  'niin',
  'koska',
  'vielä',
  'kaikki',
  'esimerkiksi',
];

const ENDINGS = ['', '', '', '', 'n', 'n', 'ssa', 'sta', 'lla', 'lle', 'ksi', 't', 'jen', 'an'];

const COMMENT_OPENERS = [
  'Hyvä idea!',
  'Kannatan.',
  'Meillä on sama ongelma.',
  'Tätä on toivottu pitkään.',
  'Kiitos ehdotuksesta.',
  'Olisiko tämä mahdollista jo ensi vuonna?',
  'Tästä olisi hyötyä myös meidän yksikössä.',
  'En ole varma tästä.',
];

const FIRST_NAMES = [
  'Aino',
  'Anna',
  'Eero',
  'Elina',
  'Emmi',
  'Hanna',
  'Heikki',
  'Ilkka',
  'Jari',
  'Juha',
  'Jussi',
  'Kaisa',
  'Kalle',
  'Kirsi',
  'Laura',
  'Liisa',
  'Markku',
  'Markus',
  'Matti',
  'Mikko',
  'Minna',
  'Niko',
  'Olli',
  'Päivi',
  'Pekka',
  'Raili',
  'Riitta',
  'Sari',
  'Satu',
  'Tapio',
  'Tiina',
  'Timo',
  'Tuula',
  'Ville',
  'Veera',
];

const LAST_NAMES = [
  'Airaksinen',
  'Eskelinen',
  'Heikkinen',
  'Hämäläinen',
  'Ikonen',
  'Jääskeläinen',
  'Kärkkäinen',
  'Korhonen',
  'Laitinen',
  'Miettinen',
  'Nieminen',
  'Pitkänen',
  'Rissanen',
  'Savolainen',
  'Toivanen',
  'Väisänen',
  'Hyvönen',
  'Kinnunen',
  'Lappalainen',
  'Ruotsalainen',
  'Tikkanen',
  'Huttunen',
  'Partanen',
  'Räsänen',
  'Turunen',
];

const ORG_UNITS = [
  'ELKO / ICT-palvelut',
  'ELKO / Henkilöstöpalvelu',
  'ELKO / Talouspalvelut',
  'ELKO / Viestintä',
  'KYP / Tilapalvelut',
  'KYP / Katu- ja liikennesuunnittelu',
  'KYP / Ympäristöpalvelut',
  'HYV / Liikuntapalvelut',
  'HYV / Kulttuuripalvelut',
  'HYV / Kirjastopalvelut',
  'HYV / Nuorisopalvelut',
  'KOP / Varhaiskasvatus',
  'KOP / Perusopetus',
  'KOP / Lukiokoulutus',
];

export interface TextGenerator {
  title(): string;
  /** Plain paragraphs separated by blank lines (no markdown syntax). */
  body(): string;
  comment(): string;
  /** What someone has typed so far into the new-idea title: a few words, the last maybe cut short. */
  typedTitle(): string;
  displayName(): string;
  orgUnit(): string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Builds text from the word lists; the same `random` state always gives the same text. */
export function createTextGenerator(random: Random): TextGenerator {
  const nounRank = createZipf(NOUNS.length, 0.7, random);
  const noun = () => NOUNS[nounRank()] as string;
  // Compounds of two nouns give thousands of distinct words with a long tail, like real Finnish.
  const compound = () => (random.next() < 0.45 ? noun() + noun() : noun());
  const inflected = () => compound() + random.pick(ENDINGS);
  const word = (): string => {
    const r = random.next();
    if (r < 0.32) return random.pick(COMMON);
    if (r < 0.75) return inflected();
    if (r < 0.9) return random.pick(VERBS);
    return random.pick(ADJECTIVES);
  };
  const sentence = (): string => {
    const words = Array.from({ length: 6 + random.int(10) }, word);
    return `${capitalise(words.join(' '))}.`;
  };
  const sentences = (min: number, spread: number) => Array.from({ length: min + random.int(spread) }, sentence);
  const title = (): string => {
    switch (random.int(3)) {
      case 0:
        return capitalise(`${random.pick(ADJECTIVES)} ${compound()} ${noun()}ssa`);
      case 1:
        return capitalise(`${compound()}n ${compound()}jen ${random.pick(VERB_NOUNS)}`);
      default:
        return capitalise(`${random.pick(PASSIVES)} ${noun()}n ${inflected()}`);
    }
  };
  return {
    title,
    body: () => [sentences(2, 3), sentences(1, 3)].map((p) => p.join(' ')).join('\n\n'),
    comment: () => [random.pick(COMMENT_OPENERS), ...sentences(0, 3)].join(' '),
    typedTitle: () => {
      const words = title().split(' ');
      const typed = words.slice(0, 2 + random.int(words.length - 1));
      const last = typed.length - 1;
      const lastWord = typed[last] as string;
      if (random.next() < 0.5 && lastWord.length > 4)
        typed[last] = lastWord.slice(0, 3 + random.int(lastWord.length - 3));
      return typed.join(' ');
    },
    displayName: () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
    orgUnit: () => random.pick(ORG_UNITS),
  };
}
