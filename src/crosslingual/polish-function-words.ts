// Polish function words by grammatical category (closed classes, after the categories of a
// reference grammar such as Nagórko's Zarys gramatyki polskiej), written like the English list in
// src/text/english-function-words.ts. Polish declines its pronouns and determiners, so each is
// listed with its case forms. A form that is also a common noun or adjective is left out where
// the open-class reading is the commoner one in running text: "prawie" (almost; also the
// locative of prawo, law), "dobrze", "źle", "raz" (a time, once), "państwo" (the state, besides "ladies and
// gentlemen").

/** Demonstrative, possessive, interrogative and other determiners, with their case forms. */
const DETERMINERS = `
  ten ta to tego temu tym tej tę tą ci te tych tymi
  tamten tamta tamto tamtego tamtemu tamtym tamtej tamtą tamci tamte tamtych tamtymi
  niniejszy niniejsza niniejsze niniejszego niniejszemu niniejszym niniejszej niniejszą
  niniejszych niniejszymi
  mój moja moje mojego mojemu moim mojej moją moi moich moimi
  twój twoja twoje twojego twojemu twoim twojej twoją twoi twoich twoimi
  swój swoja swoje swojego swojemu swoim swojej swoją swoi swoich swoimi swe swego swemu swym
  swej swą swych swymi
  nasz nasza nasze naszego naszemu naszym naszej naszą nasi naszych naszymi
  wasz wasza wasze waszego waszemu waszym waszej waszą wasi waszych waszymi
  jego jej ich
  każdy każda każde każdego każdemu każdym każdej każdą
  żaden żadna żadne żadnego żadnemu żadnym żadnej żadną żadni żadnych żadnymi
  wszystek wszystka wszystko wszystkiego wszystkiemu wszystkim wszystkiej wszystką wszyscy
  wszystkie wszystkich wszystkimi
  który która które którego któremu którym której którą którzy których którymi
  jaki jaka jakie jakiego jakiemu jakim jakiej jaką jacy jakich jakimi
  jakiś jakaś jakieś jakiegoś jakiemuś jakimś jakiejś jakąś jacyś jakichś jakimiś
  jakikolwiek jakakolwiek jakiekolwiek jakiegokolwiek jakiemukolwiek jakimkolwiek
  jakiejkolwiek jakąkolwiek jacykolwiek jakichkolwiek jakimikolwiek
  którykolwiek którakolwiek którekolwiek któregokolwiek któremukolwiek którymkolwiek
  którejkolwiek którąkolwiek którzykolwiek którychkolwiek
  czyj czyja czyje czyjego czyjemu czyim czyjej czyją czyi czyich
  czyjkolwiek czyjakolwiek czyjekolwiek czyjegokolwiek czyjejkolwiek
  taki taka takie takiego takiemu takim takiej taką tacy takich takimi
  sam sama samo samego samemu samym samej samą sami same samych samymi
  inny inna inne innego innemu innym innej inną inni innych innymi
  wiele wielu kilka kilku kilkoma parę paru niektóry niektóra niektóre niektórego niektórych
  niektórzy obaj oba obie obu obydwa
`;

/** Personal, reflexive, interrogative and indefinite pronouns, with their case forms. */
const PRONOUNS = `
  ja mnie mi mną ty ciebie cię tobie ci tobą on go mu niego niemu nim jemu ona ją niej nią
  ono je nie oni one im nich nimi my nas nam nami wy was wam wami się siebie sobie sobą
  kto kogo komu kim co czego czemu czym ktoś kogoś komuś kimś coś czegoś czemuś czymś
  ktokolwiek kogokolwiek komukolwiek kimkolwiek cokolwiek czegokolwiek czymkolwiek
  nikt nikogo nikomu nikim nic niczego niczemu niczym
`;

/** Prepositions (with their -e forms) and the first words of complex ones ("zważywszy na"). */
const PREPOSITIONS = `
  w we z ze na do od ode po o przez przeze przy dla bez beze pod pode nad nade przed przede
  za między u ku wśród według wobec podczas mimo zamiast oprócz obok około poza spośród spod
  znad zza wokół względem dzięki naprzeciw przeciw przeciwko pomiędzy ponad poprzez
  zważywszy
`;

/** Coordinating and subordinating conjunctions, and the adverbs that link clauses. */
const CONJUNCTIONS = `
  i a ale lub albo czy oraz ani ni lecz bo że iż żeby aby by jeśli jeżeli gdy gdyby kiedy
  choć chociaż ponieważ więc zatem toteż jednak jednakże natomiast również także też zaś gdyż
  bowiem czyli mianowicie jak jako niż niby zarówno ani
`;

/**
 * The auxiliary być, mieć (possession and obligation: English "have"), the passive zostać, and
 * the modals móc, musieć, powinien, with the impersonal można, należy, trzeba.
 */
const AUXILIARIES = `
  być jestem jesteś jest jesteśmy jesteście są byłem byłam byłeś byłaś był była było byliśmy
  byłyśmy byliście byli były będę będziesz będzie będziemy będziecie będą byłby byłaby
  byłoby bylibyśmy byliby byłyby bądź bądźcie
  mieć mam masz ma mamy macie mają miałem miałam miał miała miało mieli miały miałby miałaby
  miałoby mieliby miałyby mając
  zostać zostanie zostaną został została zostało zostali zostały zostałby zostałoby
  móc mogę możesz może możemy mogą mógł mogła mogło mogli mogły mógłby mogłaby mogłoby mogliby
  mogłyby
  musieć muszę musisz musi musimy muszą musiał musiała musiało musieli musiały musiałby
  powinien powinna powinno powinni powinny powinno powinienem można należy trzeba
`;

/** Negation, affirmation, particles, and the wh- and pronominal adverbs. */
const ADVERBS = `
  nie tak no już jeszcze tylko jedynie nawet właśnie chyba niech oto czyż
  tu tutaj tam gdzie gdziekolwiek dokąd skąd dlaczego czemu wszędzie nigdzie gdzieś
  bardzo zbyt dość nieco trochę
  teraz wtedy zawsze nigdy często czasem czasami dziś dzisiaj wczoraj jutro potem wcześniej
  później wkrótce nadal wciąż znowu ponownie
`;

/** Honorifics and abbreviations. */
const ABBREVIATIONS = `
  pan pani dr prof itd itp np tzn tj
`;

/** Reporting verbs of news attribution (as in the English list: every version has them). */
const REPORTING_VERBS = `
  powiedzieć powiedział powiedziała powiedzieli mówi mówią
`;

/** The Polish function-word categories above, as whitespace-separated lists. */
export const POLISH_FUNCTION_WORDS: readonly string[] = [
  DETERMINERS, PRONOUNS, PREPOSITIONS, CONJUNCTIONS, AUXILIARIES, ADVERBS, ABBREVIATIONS,
  REPORTING_VERBS,
];
