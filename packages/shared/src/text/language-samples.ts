// Hand-written sample vocabulary for language detection: distinctive words and everyday text in
// Finnish, Swedish and English, in the register of a city's service chatbots.
import type { TextLang } from './stem.ts';

/**
 * Words that on their own say which language a message is in (function words, question words,
 * greetings, common verbs). Words shared by two languages may appear in both lists.
 */
export const MARKER_WORDS: Record<TextLang, string> = {
  fi: `ja on ei en et emme ette eivät ole olen olet olemme olette ovat oli olin olisi ollut
    voi voin voinko voiko voitko voisitko voisin voisiko saa saan saako saanko saisin saada
    mitä mikä mitkä missä mistä mihin milloin miten miksi kuka ketä kenelle kenen kuinka
    paljonko montako moneltako mihin aikaan minä mä mun minun minulla minulle minua mulla mulle
    mua sinä sä sun sinun sinulla teillä teille teidän me meidän hän he se sen sitä siitä sillä
    ne niitä tämä tää tätä tässä tästä tuo tota nyt kun jos että mutta tai vai myös vielä jo
    kanssa ilman kautta ennen jälkeen aikana asti hei moi moikka moro terve huomenta päivää
    iltaa kiitos kiitti kiitoksia näkemiin heippa hyvää kyllä joo juu ei tarvitsen tarviin
    haluan haluaisin pitää pitäisi täytyy tarvii kannattaa onko onks olenko oonko kerro kerrotko
    auta autatko apua neuvoa ohje ohjeet tietoa auki kiinni tänään huomenna eilen paljon
    miten mites mikä mitä missä mistä kenelle kuinka miksei eikö eiks miks mihin kuka mä sä
    niinku siis sitten vaan vain kaikki jotain joku mitään kukaan ihan aivan tosi todella
    kiva hyvä huono uusi vanha iso pieni lapsi lapsen lapselle perhe koti kotona
    tahdon voisinko kiitoksia anteeksi sori selvä okei ok`,
  sv: `och att det som en ett är var jag du han hon vi ni de den dem mig dig oss er min mitt
    mina din ditt dina vår vårt våra ert era sin sitt sina hur vad vem vilken vilket vilka
    när varför vart varifrån kan kunde ska skall skulle vill ville måste får fick har hade
    inte ej ja nej jo tack tackar hej hejsan hallå morgon kväll adjö hejdå vänligen snälla
    gärna också men eller om för från till med utan på av över under efter före mellan hos
    genom bara mycket lite mer mest många några någon något ingen inget inga alla allt hela
    här där nu sedan redan ännu fortfarande alltid aldrig ofta ibland idag imorgon igår
    finns behöver vilja hjälp hjälpa berätta kostar gratis öppet stängt jobbet mitt sådär
    tja tjena hur mår ursäkta förlåt okej ok`,
  en: `the a an and or but is are was were be been being am i you he she it we they me him her
    us them my your his its our their what which who whom whose where when why how can could
    would should will shall may might must do does did done have has had not no yes yeah yep
    nope please thanks thank hello hi hey morning afternoon evening bye goodbye also too very
    much many some any all every each this that these those there here now then today
    tomorrow yesterday of to in on at for from with by about into over under after before
    between through get got make find need want like help tell know understand maybe sorry
    okay ok what's i'm it's don't can't`,
};

/**
 * Everyday text per language; its letter statistics let the detector judge words it has
 * never seen (`kirjastokortti` looks Finnish, `lånekortet` Swedish, `borrowing` English).
 */
export const SAMPLE_TEXT: Record<TextLang, string> = {
  fi: `Miten saan kirjastokortin lapselle? Mistä voin uusia lainat ja paljonko myöhästymismaksu
    maksaa? Kirjaston aukioloajat ovat arkisin kahdeksasta kahdeksaan. Hukkasin kirjastokorttini,
    mitä nyt pitäisi tehdä? Unohdin tunnusluvun enkä pääse kirjautumaan verkkokirjastoon.
    Haluaisin varata kirjan ja noutaa sen lähikirjastosta. Voinko palauttaa kirjat toiseen
    kirjastoon? Olen perustamassa yritystä ja tarvitsen neuvoja rahoituksesta. Mistä löydän
    toimitiloja Kuopion keskustasta? Yrityksen perustaminen, toiminimi, osakeyhtiö ja
    starttiraha. Kuinka haen palkkatukea uudelle työntekijälle? Haluamme kansainvälistyä ja
    viedä tuotteita ulkomaille. Työterveyshuolto, sairausloma, vuosiloma ja lomarahat.
    Milloin palkka maksetaan? Kenelle ilmoitan sairastumisesta? Esihenkilö hyväksyy
    matkalaskut. Kaupungin työntekijänä haluan tietää etuuksista. Voisitteko auttaa minua?
    Haluan puhua ihmisen kanssa. Kiitos avusta, hyvää päivänjatkoa. Onko teillä tulostinta
    tai kopiokonetta? Saako kirjastossa syödä? Paljonko maksaa kaukolaina? Asiakaspalvelun
    puhelinnumero ja sähköpostiosoite. Lainaajan tiedot, osoitteen muutos, varausten nouto,
    e-kirjat, äänikirjat, lehdet, elokuvat ja pelit. Tapahtumat, näyttelyt ja satutunnit
    lapsille. Yrittäjän palvelut, yritysneuvonta, yrityksen kehittäminen, hankinnat ja
    tarjouspyynnöt. Työhyvinvointi, perehdytys, koulutus, rekrytointi ja avoimet työpaikat.
    Hei, olisiko mahdollista saada apua? Eipä mitään, moikka. Joo kiitti, tää riitti.
    Mulla on kysymys laskusta. Mun kortti ei toimi. Sähköinen asiointi ja lomakkeet.
    Pysäköinti, liikunta, uimahalli, terveysasema, päiväkoti, koulu ja jätehuolto.
    Kerro huomisen sääennuste ja laita herätys seitsemäksi. Laita musiikkia soimaan, nosta
    äänenvoimakkuutta ja lue uusimmat uutiset. Paljonko kello on nyt Helsingissä? Muistuta minua
    soittamaan äidille illalla. Kauanko bussilla kestää keskustaan ja missä on lähin pysäkki?
    Haluaisin varata pöydän kahdelle ravintolasta tänä iltana. Voitko suositella hyvää kirjaa
    historiasta? Veroilmoitus pitää palauttaa ensi kuussa; mistä löydän lomakkeen? Tililtäni
    veloitettiin kahdesti, tarkista saldo ja viimeisimmät tapahtumat. Mitä asiakirjoja tarvitsen
    rakennuslupaan? Kiitos paljon, tästä oli todella apua. Näkemiin ja hyvää viikonloppua.`,
  sv: `Hur får jag ett lånekort till mitt barn? Var kan jag förnya mina lån och hur mycket kostar
    förseningsavgiften? Bibliotekets öppettider är vardagar från åtta till åtta. Jag har tappat
    mitt lånekort, vad ska jag göra nu? Jag har glömt min pinkod och kan inte logga in i
    webbiblioteket. Jag skulle vilja reservera en bok och hämta den på närbiblioteket. Kan jag
    lämna tillbaka böckerna på ett annat bibliotek? Jag håller på att starta ett företag och
    behöver råd om finansiering. Var hittar jag lokaler i centrum av Kuopio? Att grunda ett
    företag, firma, aktiebolag och startpeng. Hur ansöker jag om lönesubvention för en ny
    anställd? Vi vill bli internationella och exportera produkter utomlands.
    Företagshälsovård, sjukledighet, semester och semesterpenning. När betalas lönen ut? Till
    vem anmäler jag att jag är sjuk? Chefen godkänner reseräkningarna. Som anställd hos staden
    vill jag veta om förmånerna. Kunde ni hjälpa mig? Jag vill prata med en människa. Tack
    för hjälpen, ha en bra dag. Finns det en skrivare eller kopieringsmaskin? Får man äta i
    biblioteket? Vad kostar ett fjärrlån? Kundtjänstens telefonnummer och e-postadress.
    Låntagarens uppgifter, adressändring, avhämtning av reservationer, e-böcker, ljudböcker,
    tidningar, filmer och spel. Evenemang, utställningar och sagostunder för barn.
    Företagstjänster, företagsrådgivning, utveckling av företaget, upphandlingar och
    anbudsförfrågningar. Välbefinnande i arbetet, introduktion, utbildning, rekrytering och
    lediga jobb. Hej, skulle det vara möjligt att få hjälp? Ingen orsak, hej då. Jo tack,
    det räcker. Jag har en fråga om fakturan. Mitt kort fungerar inte. Elektroniska tjänster
    och blanketter. Parkering, motion, simhall, hälsocentral, daghem, skola och avfall.
    Berätta hur vädret blir i morgon och ställ väckarklockan på sju. Höj volymen, spela lite musik
    och läs de senaste nyheterna. Vad är klockan i Stockholm just nu? Påminn mig om att ringa min mamma
    i kväll. Hur lång tid tar bussen till centrum, och var finns närmaste hållplats? Jag vill boka ett
    bord för två på en restaurang i kväll. Kan du rekommendera en bra bok om historia? Skattedeklarationen
    ska lämnas nästa månad; var hittar jag blanketten? Mitt konto debiterades två gånger, kontrollera mitt
    saldo och de senaste transaktionerna. Vilka dokument behöver jag för bygglov? Tack så mycket, det var
    verkligen till hjälp. Hej då och ha en trevlig helg. Evenemang, tidtabell, lästips, konkurs, moms,
    export och exportmarknader, personal och anställning, företagets ekonomi och kris.`,
  en: `How do I get a library card for my child? Where can I renew my loans and how much is the
    late fee? The library is open on weekdays from eight to eight. I have lost my library card,
    what should I do now? I forgot my PIN and cannot log in to the online library. I would like
    to reserve a book and pick it up at my local library. Can I return the books to another
    library? I am starting a business and need advice on funding. Where can I find business
    premises in the centre of Kuopio? Setting up a company, sole trader, limited company and
    start-up grant. How do I apply for a pay subsidy for a new employee? We want to go
    international and export products abroad. Occupational health care, sick leave, annual
    holiday and holiday bonus. When is the salary paid? Who do I tell when I am sick? The
    manager approves travel expense claims. As an employee of the city I want to know about
    the benefits. Could you help me? I want to talk to a human. Thanks for your help, have a
    nice day. Do you have a printer or a photocopier? Can I eat in the library? How much does
    an interlibrary loan cost? The phone number and email address of customer service.
    Borrower details, change of address, picking up reservations, e-books, audiobooks,
    magazines, films and games. Events, exhibitions and story hours for children. Services for
    entrepreneurs, business advice, developing the company, procurement and calls for tenders.
    Wellbeing at work, orientation, training, recruitment and open vacancies. Hi, would it be
    possible to get some help? You're welcome, bye. Yeah thanks, that's enough. I have a
    question about the invoice. My card doesn't work. Online services and forms. Parking,
    sports, swimming hall, health centre, daycare, school and waste management.
    Please tell me the weather forecast for tomorrow and set an alarm for seven. Turn up the volume,
    play some music and read the latest news. What time is it in London right now? Remind me to call
    my mother this evening. How long does the bus take to the city centre, and where is the nearest
    stop? I would like to book a table for two at a restaurant tonight. Can you recommend a good book
    about history? The tax return is due next month; where do I find the form? My account was charged
    twice, please check my balance and recent transactions. Which documents do I need for a building
    permit? Thank you very much, that was really helpful. Goodbye and have a great weekend.`,
};
