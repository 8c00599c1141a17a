// The demo platform's content: the City's service areas, staff, owner rules and a season of ideas.

export interface SeedUser {
  subject: string;
  displayName: string;
  orgUnit: string;
  role: 'staff' | 'moderator' | 'admin';
}

export const SEED_USERS: SeedUser[] = [
  { subject: 'admin', displayName: 'Anna Ylläpitäjä', orgUnit: 'ELKO / Konsernipalvelut', role: 'admin' },
  { subject: 'moderaattori', displayName: 'Mikko Moderaattori', orgUnit: 'ELKO / Viestintä', role: 'moderator' },
  { subject: 'omistaja', displayName: 'Olli Omistaja', orgUnit: 'KYP / Tilapalvelut', role: 'staff' },
  { subject: 'tyontekija', displayName: 'Tiina Työntekijä', orgUnit: 'KOP / Perusopetus', role: 'staff' },
  { subject: 'ict.paallikko', displayName: 'Ilkka Ikonen', orgUnit: 'ELKO / ICT-palvelut', role: 'staff' },
  { subject: 'hr.asiantuntija', displayName: 'Hanna Heikkinen', orgUnit: 'ELKO / Henkilöstöpalvelu', role: 'staff' },
  { subject: 'talous', displayName: 'Tapio Toivanen', orgUnit: 'ELKO / Talouspalvelut', role: 'staff' },
  { subject: 'liikenne', displayName: 'Laura Laitinen', orgUnit: 'KYP / Katu- ja liikennesuunnittelu', role: 'staff' },
  { subject: 'ymparisto', displayName: 'Ville Väisänen', orgUnit: 'KYP / Ympäristöpalvelut', role: 'staff' },
  { subject: 'liikunta', displayName: 'Sari Savolainen', orgUnit: 'HYV / Liikuntapalvelut', role: 'staff' },
  { subject: 'kulttuuri', displayName: 'Kalle Korhonen', orgUnit: 'HYV / Kulttuuripalvelut', role: 'staff' },
  { subject: 'kirjasto', displayName: 'Kirsi Kärkkäinen', orgUnit: 'HYV / Kirjastopalvelut', role: 'staff' },
  { subject: 'varhaiskasvatus', displayName: 'Päivi Pitkänen', orgUnit: 'KOP / Varhaiskasvatus', role: 'staff' },
  { subject: 'perusopetus', displayName: 'Jussi Jääskeläinen', orgUnit: 'KOP / Perusopetus', role: 'staff' },
  { subject: 'opettaja', displayName: 'Emmi Eskelinen', orgUnit: 'KOP / Perusopetus', role: 'staff' },
  { subject: 'siivooja', displayName: 'Raili Rissanen', orgUnit: 'KYP / Tilapalvelut', role: 'staff' },
  { subject: 'ohjaaja', displayName: 'Niko Nieminen', orgUnit: 'HYV / Nuorisopalvelut', role: 'staff' },
  { subject: 'lastenhoitaja', displayName: 'Aino Airaksinen', orgUnit: 'KOP / Varhaiskasvatus', role: 'staff' },
  { subject: 'kirjastovirkailija', displayName: 'Elina Hämäläinen', orgUnit: 'HYV / Kirjastopalvelut', role: 'staff' },
  { subject: 'suunnittelija', displayName: 'Markus Miettinen', orgUnit: 'ELKO / Elinvoimapalvelut', role: 'staff' },
];

export interface SeedCategory {
  slug: string;
  fi: string;
  sv: string;
  en: string;
  parent?: string;
  /** Subject of the default owner. */
  owner: string;
}

export const SEED_CATEGORIES: SeedCategory[] = [
  {
    slug: 'elinvoima-ja-konsernipalvelut',
    fi: 'Elinvoima- ja konsernipalvelut',
    sv: 'Livskraft och koncerntjänster',
    en: 'Vitality and group services',
    owner: 'suunnittelija',
  },
  {
    slug: 'ict',
    fi: 'ICT ja digitalisaatio',
    sv: 'IKT och digitalisering',
    en: 'ICT and digitalisation',
    parent: 'elinvoima-ja-konsernipalvelut',
    owner: 'ict.paallikko',
  },
  {
    slug: 'henkilosto',
    fi: 'Henkilöstö',
    sv: 'Personal',
    en: 'Personnel',
    parent: 'elinvoima-ja-konsernipalvelut',
    owner: 'hr.asiantuntija',
  },
  {
    slug: 'talous',
    fi: 'Talous ja hankinnat',
    sv: 'Ekonomi och upphandling',
    en: 'Finance and procurement',
    parent: 'elinvoima-ja-konsernipalvelut',
    owner: 'talous',
  },
  { slug: 'kaupunkiymparisto', fi: 'Kaupunkiympäristö', sv: 'Stadsmiljö', en: 'Urban environment', owner: 'omistaja' },
  {
    slug: 'tilapalvelut',
    fi: 'Tilapalvelut',
    sv: 'Lokaltjänster',
    en: 'Premises services',
    parent: 'kaupunkiymparisto',
    owner: 'omistaja',
  },
  {
    slug: 'liikenne',
    fi: 'Liikenne ja kadut',
    sv: 'Trafik och gator',
    en: 'Traffic and streets',
    parent: 'kaupunkiymparisto',
    owner: 'liikenne',
  },
  {
    slug: 'ymparisto',
    fi: 'Ympäristö ja luonto',
    sv: 'Miljö och natur',
    en: 'Environment and nature',
    parent: 'kaupunkiymparisto',
    owner: 'ymparisto',
  },
  {
    slug: 'hyvinvoinnin-edistaminen',
    fi: 'Hyvinvoinnin edistäminen',
    sv: 'Främjande av välbefinnande',
    en: 'Wellbeing promotion',
    owner: 'liikunta',
  },
  {
    slug: 'liikunta',
    fi: 'Liikunta',
    sv: 'Idrott',
    en: 'Sports',
    parent: 'hyvinvoinnin-edistaminen',
    owner: 'liikunta',
  },
  {
    slug: 'kulttuuri',
    fi: 'Kulttuuri',
    sv: 'Kultur',
    en: 'Culture',
    parent: 'hyvinvoinnin-edistaminen',
    owner: 'kulttuuri',
  },
  {
    slug: 'kirjastot',
    fi: 'Kirjastot',
    sv: 'Bibliotek',
    en: 'Libraries',
    parent: 'hyvinvoinnin-edistaminen',
    owner: 'kirjasto',
  },
  {
    slug: 'kasvu-ja-oppiminen',
    fi: 'Kasvu ja oppiminen',
    sv: 'Uppväxt och lärande',
    en: 'Growth and learning',
    owner: 'perusopetus',
  },
  {
    slug: 'varhaiskasvatus',
    fi: 'Varhaiskasvatus',
    sv: 'Småbarnspedagogik',
    en: 'Early childhood education',
    parent: 'kasvu-ja-oppiminen',
    owner: 'varhaiskasvatus',
  },
  {
    slug: 'perusopetus',
    fi: 'Perusopetus',
    sv: 'Grundläggande utbildning',
    en: 'Basic education',
    parent: 'kasvu-ja-oppiminen',
    owner: 'perusopetus',
  },
];

export const SEED_RULES: { kind: 'keyword' | 'org_unit'; value: string; owner: string; priority: number }[] = [
  { kind: 'keyword', value: 'kirjastokortti', owner: 'kirjasto', priority: 10 },
  { kind: 'keyword', value: 'Teams', owner: 'ict.paallikko', priority: 5 },
  { kind: 'keyword', value: 'matkalasku', owner: 'talous', priority: 5 },
  { kind: 'keyword', value: 'uimahalli', owner: 'liikunta', priority: 5 },
];

export interface SeedIdea {
  author: string;
  category: string;
  title: string;
  body: string;
  tags?: string[];
  anonymous?: boolean;
  daysAgo: number;
  /** Who should own it (handed over by the admin when the bot chose someone else). */
  owner?: string;
  voters?: string[];
  comments?: [string, string][];
  statuses?: {
    status: 'under_review' | 'planned' | 'in_progress' | 'implemented' | 'declined';
    response?: string;
    afterDays: number;
  }[];
}

export const SEED_IDEAS: SeedIdea[] = [
  {
    author: 'tyontekija',
    category: 'talous',
    daysAgo: 58,
    owner: 'talous',
    tags: ['paperiton'],
    title: 'Sähköinen lomake matkalaskuille',
    body: 'Matkalaskut täytetään yhä paperilla, tulostetaan ja skannataan. Sähköinen lomake, joka hakee kilometrit karttapalvelusta, säästäisi esihenkilöiden ja palkanlaskennan aikaa.',
    voters: ['opettaja', 'siivooja', 'ohjaaja', 'kirjasto', 'liikunta', 'suunnittelija', 'lastenhoitaja'],
    comments: [
      ['opettaja', 'Kyllä! Koulutusmatkojen laskut jäävät nyt usein kuukausiksi pöydälle.'],
      ['talous', 'Selvitämme, saako nykyiseen taloushallinnon järjestelmään matkalaskumoduulin.'],
    ],
    statuses: [
      { status: 'under_review', afterDays: 3 },
      {
        status: 'in_progress',
        afterDays: 20,
        response: 'Matkalaskumoduulin käyttöönotto on aloitettu. Pilotti talouspalveluissa keväällä.',
      },
    ],
  },
  {
    author: 'siivooja',
    category: 'tilapalvelut',
    daysAgo: 55,
    owner: 'omistaja',
    tags: ['pyöräily', 'työmatkat'],
    title: 'Katetut pyörätelineet virastotalon pihalle',
    body: 'Kesäisin pyöriä on joka puolella ja sateella satulat kastuvat. Katetut ja lukittavat telineet houkuttelisivat useampia pyöräilemään töihin.',
    voters: [
      'tyontekija',
      'opettaja',
      'liikenne',
      'ymparisto',
      'kirjastovirkailija',
      'suunnittelija',
      'ohjaaja',
      'hr.asiantuntija',
      'liikunta',
    ],
    comments: [
      ['ymparisto', 'Tämä tukisi myös kaupungin ilmastotavoitteita.'],
      ['omistaja', 'Pyörätelineet on lisätty ensi kesän piha-alueiden korjaussuunnitelmaan.'],
    ],
    statuses: [
      { status: 'under_review', afterDays: 2 },
      { status: 'planned', afterDays: 10, response: 'Telineet hankitaan ensi kesän pihakorjausten yhteydessä.' },
    ],
  },
  {
    author: 'kirjastovirkailija',
    category: 'kirjastot',
    daysAgo: 50,
    owner: 'kirjasto',
    tags: ['digi', 'asiakaspalvelu'],
    title: 'Kirjastokortti puhelimen sovellukseen',
    body: 'Moni asiakas unohtaa muovisen kirjastokortin kotiin. Sähköinen kirjastokortti mobiilisovelluksessa nopeuttaisi lainaamista omatoimiautomaateilla.',
    voters: ['tyontekija', 'opettaja', 'ohjaaja', 'lastenhoitaja', 'kulttuuri', 'suunnittelija'],
    comments: [['kirjasto', 'Kirjastojärjestelmän toimittaja tukee tätä; testaamme syksyllä.']],
    statuses: [
      { status: 'under_review', afterDays: 1 },
      {
        status: 'implemented',
        afterDays: 30,
        response: 'Sähköinen kirjastokortti on nyt käytössä Vaski-kirjastojen sovelluksessa.',
      },
    ],
  },
  {
    author: 'opettaja',
    category: 'perusopetus',
    daysAgo: 47,
    owner: 'perusopetus',
    tags: ['hyvinvointi'],
    title: 'Välituntiliikuntaa lisää yläkouluille',
    body: 'Pitkä välitunti, jossa on ohjattua liikuntaa, parantaisi keskittymistä. Välineitä voisi lainata liikuntapalveluista.',
    voters: ['liikunta', 'tyontekija', 'ohjaaja', 'lastenhoitaja'],
    comments: [
      ['liikunta', 'Liikuntapalvelut voi lainata välineitä ja kouluttaa välituntiohjaajia.'],
      ['tyontekija', 'Meidän koulussa tätä kokeiltiin ja oppilaat tykkäsivät.'],
    ],
    statuses: [{ status: 'under_review', afterDays: 5 }],
  },
  {
    author: 'lastenhoitaja',
    category: 'varhaiskasvatus',
    daysAgo: 44,
    owner: 'varhaiskasvatus',
    tags: ['viestintä'],
    title: 'Päiväkotien tiedotteet yhteen sovellukseen',
    body: 'Vanhemmat saavat tiedotteita sähköpostilla, paperilla ja Wilmassa. Yksi kanava vähentäisi sekaannuksia ja henkilöstön työtä.',
    voters: ['tyontekija', 'opettaja', 'varhaiskasvatus'],
    comments: [
      [
        'varhaiskasvatus',
        'Selvitämme, voiko nykyisen varhaiskasvatuksen asiakasjärjestelmän viestitoimintoa laajentaa.',
      ],
    ],
    statuses: [
      { status: 'under_review', afterDays: 6 },
      {
        status: 'planned',
        afterDays: 25,
        response: 'Viestintä keskitetään asiakasjärjestelmään ensi toimintakauden alusta.',
      },
    ],
  },
  {
    author: 'ohjaaja',
    category: 'liikunta',
    daysAgo: 40,
    owner: 'liikunta',
    tags: ['nuoret'],
    title: 'Uimahallin aamuvuorot jo kuudelta',
    body: 'Vuorotyöläiset ja aikaiset heräjät toivovat uimahallin aukeavan arkisin klo 6. Nyt ovet avautuvat vasta seitsemältä.',
    voters: ['siivooja', 'tyontekija', 'liikenne', 'kirjastovirkailija', 'talous'],
    comments: [['liikunta', 'Kokeilemme aamuvuoroa kahtena päivänä viikossa ja seuraamme kävijämääriä.']],
    statuses: [
      {
        status: 'in_progress',
        afterDays: 8,
        response: 'Kokeilu tiistaisin ja torstaisin klo 6 alkaen alkaa ensi kuussa.',
      },
    ],
  },
  {
    author: 'suunnittelija',
    category: 'ict',
    daysAgo: 36,
    owner: 'ict.paallikko',
    tags: ['digi'],
    title: 'Teams-huoneiden varauskalenteri näkyviin ovien viereen',
    body: 'Neuvotteluhuoneiden ovilla voisi olla pieni näyttö, joka näyttää Teams-varaukset. Tyhjiä huoneita ei silloin tarvitsisi etsiä.',
    voters: ['hr.asiantuntija', 'talous', 'admin'],
    comments: [
      ['ict.paallikko', 'Hyvä idea, mutta näytöt ovat kalliita. Katsotaan ensin tilavarausjärjestelmän mobiilinäkymä.'],
    ],
    statuses: [
      { status: 'under_review', afterDays: 4 },
      {
        status: 'declined',
        afterDays: 12,
        response:
          'Ei toteuteta nyt: näyttöjen hinta ja ylläpito eivät ole perusteltuja. Tilavarausten mobiilinäkymä otetaan käyttöön keväällä.',
      },
    ],
  },
  {
    author: 'hr.asiantuntija',
    category: 'henkilosto',
    daysAgo: 33,
    owner: 'hr.asiantuntija',
    tags: ['työhyvinvointi'],
    title: 'Perehdytyksen tarkistuslista uusille työntekijöille',
    body: 'Uudet työntekijät saavat perehdytyksen hyvin eri tavoin eri yksiköissä. Yhteinen sähköinen tarkistuslista esihenkilöille auttaisi, ettei mitään unohdu.',
    voters: ['tyontekija', 'siivooja', 'opettaja', 'lastenhoitaja', 'kirjastovirkailija', 'ohjaaja', 'moderaattori'],
    comments: [
      ['siivooja', 'Itse aloitin keväällä eikä kukaan kertonut, mistä työvaatteet saa.'],
      ['hr.asiantuntija', 'Kiitos, tämä otetaan mukaan henkilöstöpalvelun kehittämissuunnitelmaan.'],
    ],
    statuses: [
      {
        status: 'planned',
        afterDays: 9,
        response: 'Tarkistuslista laaditaan yhdessä esihenkilöiden kanssa ja julkaistaan intrassa.',
      },
    ],
  },
  {
    author: 'liikenne',
    category: 'liikenne',
    daysAgo: 30,
    owner: 'liikenne',
    tags: ['talvi'],
    title: 'Kevyen liikenteen väylien aurausjärjestys karttaan',
    body: 'Asukkaat kysyvät usein, milloin oma pyörätie aurataan. Aurausjärjestys kartalla kaupungin sivuilla vähentäisi puheluita.',
    voters: ['ymparisto', 'siivooja', 'suunnittelija'],
    comments: [['ymparisto', 'Samaan karttaan voisi lisätä hiekoituksen.']],
  },
  {
    author: 'kulttuuri',
    category: 'kulttuuri',
    daysAgo: 27,
    tags: ['tapahtumat'],
    title: 'Henkilöstölle edullisia lippuja kaupunginteatteriin',
    body: 'Kaupungin henkilöstö voisi saada esiintyjäharjoituksiin tai kenraaleihin edullisia lippuja. Se tukisi työhyvinvointia ja kulttuurin käyttöä.',
    voters: ['tyontekija', 'opettaja', 'kirjasto', 'hr.asiantuntija', 'siivooja', 'lastenhoitaja', 'talous', 'ohjaaja'],
    comments: [['hr.asiantuntija', 'Tämä sopisi hyvin henkilöstöetujen uudistukseen.']],
  },
  {
    author: 'opettaja',
    category: 'perusopetus',
    daysAgo: 24,
    anonymous: true,
    tags: ['työrauha'],
    title: 'Opettajille hiljainen työtila jokaiseen kouluun',
    body: 'Opettajainhuoneessa on aina meteliä. Pieni hiljainen huone tuntien suunnitteluun ja arviointiin parantaisi työn laatua.',
    voters: ['tyontekija', 'perusopetus', 'lastenhoitaja'],
  },
  {
    author: 'ymparisto',
    category: 'ymparisto',
    daysAgo: 21,
    owner: 'ymparisto',
    tags: ['kierrätys'],
    title: 'Biojätteen keräys kaikkiin toimipisteisiin',
    body: 'Osassa toimipisteitä biojäte menee sekajätteeseen, koska keräysastiaa ei ole. Yhtenäinen lajittelu kaikissa kaupungin tiloissa.',
    voters: ['siivooja', 'omistaja', 'tyontekija', 'liikenne'],
    comments: [['omistaja', 'Tilapalvelut voi hoitaa astiat, kun jätehuollon sopimus päivitetään.']],
    statuses: [{ status: 'under_review', afterDays: 3 }],
  },
  {
    author: 'siivooja',
    category: 'tilapalvelut',
    daysAgo: 18,
    tags: ['turvallisuus'],
    title: 'Liukuesteet koulujen sisäänkäynteihin',
    body: 'Talvella sisäänkäynnit ovat liukkaita, kun lunta kulkeutuu sisään. Kunnolliset kuramatot ja liukuesteet vähentäisivät kaatumisia.',
    voters: ['opettaja', 'tyontekija'],
  },
  {
    author: 'kirjasto',
    category: 'kirjastot',
    daysAgo: 14,
    owner: 'kirjasto',
    tags: ['omatoimi'],
    title: 'Omatoimikirjastot auki myös sunnuntaisin',
    body: 'Lähikirjastojen omatoimiaika voisi kattaa myös sunnuntait. Kulunvalvonta ja kamerat ovat jo olemassa.',
    voters: ['ohjaaja', 'opettaja', 'kulttuuri', 'tyontekija', 'siivooja'],
    comments: [['kirjastovirkailija', 'Asiakkaat kysyvät tätä viikoittain.']],
  },
  {
    author: 'ohjaaja',
    category: 'hyvinvoinnin-edistaminen',
    daysAgo: 11,
    tags: ['nuoret'],
    title: 'Nuorisotilojen aukiolot yhteiseen kalenteriin',
    body: 'Nuorisotilojen aukioloajat ovat eri sivuilla ja somekanavissa. Yksi kalenteri kaupungin sivuilla auttaisi nuoria ja vanhempia.',
    voters: ['liikunta', 'kulttuuri'],
  },
  {
    author: 'tyontekija',
    category: 'ict',
    daysAgo: 8,
    tags: ['digi', 'salasanat'],
    title: 'Salasanan vaihto ilman soittoa tukeen',
    body: 'Salasanan vanhentuessa pitää soittaa IT-tukeen. Itsepalvelu vahvalla tunnistautumisella säästäisi kaikkien aikaa.',
    voters: ['opettaja', 'siivooja', 'lastenhoitaja', 'ohjaaja', 'kirjastovirkailija', 'talous'],
    comments: [['opettaja', 'Tätä tarvitaan erityisesti loma-aikoina.']],
  },
  {
    author: 'lastenhoitaja',
    category: 'varhaiskasvatus',
    daysAgo: 5,
    tags: ['ulkoilu'],
    title: 'Päiväkotien pihoille katoksia sadepäiville',
    body: 'Sadepäivinä ulkoilu jää lyhyeksi. Katokset pihoilla mahdollistaisivat ulkoleikit ja ruokailun myös sateella.',
    voters: ['varhaiskasvatus', 'tyontekija'],
  },
  {
    author: 'talous',
    category: 'talous',
    daysAgo: 3,
    tags: ['hankinnat'],
    title: 'Pienhankintojen ohje yhdelle sivulle',
    body: 'Pienhankintojen ohjeistus on kolmessa eri dokumentissa. Yhden sivun tiivistelmä esimerkkeineen helpottaisi tilaajia.',
    voters: ['suunnittelija'],
  },
  {
    author: 'suunnittelija',
    category: 'elinvoima-ja-konsernipalvelut',
    daysAgo: 1,
    tags: ['yritykset'],
    title: 'Yrityspalveluiden asiakaspalaute näkyviin intraan',
    body: 'BusinessKuopion asiakaspalaute kerätään, mutta henkilöstö ei näe sitä. Kuukausittainen kooste intrassa auttaisi kehittämään palveluja.',
  },
];
