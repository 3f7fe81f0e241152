// Dutch function words by grammatical category (closed classes, after the categories of a
// reference grammar such as the Algemene Nederlandse Spraakkunst), written like the English list
// in src/text/english-function-words.ts. A form that is also a common noun or adjective is left
// out where the open-class reading is the commoner one in running text: "vrij" (free, besides
// "fairly"), "weg" (road, besides the particle "away"), "wezen" (being, besides an old infinitive of
// "zijn"), "gelijk", "precies", "verschillende".

/** Articles, demonstratives, possessives and other determiners, with non-numeral quantifiers. */
const DETERMINERS = `
  de het een 't 'n der des den deze dit die dat zo'n zulk zulke welk welke
  mijn jouw je zijn haar ons onze jullie hun uw mijne jouwe zijne hare onze hunne uwe
  elk elke ieder iedere geen alle al alles beide beiden enig enige enkel enkele sommige veel
  vele weinig weinige meer meest meeste minder minst minste ander andere eigen zelfde
  hetzelfde dezelfde verscheidene genoeg
`;

/** Personal, reflexive, reciprocal, interrogative, relative and indefinite pronouns. */
const PRONOUNS = `
  ik mij me mijzelf mezelf ikzelf jij jou jezelf jijzelf u uzelf ge gij hij hem hemzelf hijzelf
  zij ze haarzelf zijzelf wij we onszelf wijzelf hen zich zichzelf men elkaar mekaar
  iemand niemand iets niets niks iedereen wie wat wiens wier zelf
`;

/** Prepositions, including the first words of complex ones ("ten aanzien van"). */
const PREPOSITIONS = `
  aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per
  sinds sedert tegen tot tussen uit van via voor zonder vanaf vanuit volgens wegens vanwege
  tijdens gedurende behalve behoudens betreffende aangaande inzake krachtens ondanks
  omstreeks omtrent rond rondom tegenover jegens nabij benevens dankzij namens middels te ten
  ter beneden binnenin achterna
`;

/**
 * Pronominal adverbs (er, daar, hier, waar with a preposition: "daarvan", "waartoe"), a closed
 * class of Dutch that English writes as a preposition and a pronoun.
 */
const PRONOMINAL_ADVERBS = `
  er daar hier waar overal ergens nergens
  eraan erachter erbij erdoor erin ermee erna erom erop erover ertoe eruit ervan ervoor
  daaraan daarachter daarbij daardoor daarin daarmee daarna daarom daarop daarover daartoe
  daaruit daarvan daarvoor daarheen daarnaast daarentegen daaronder daartegen daarzonder
  hieraan hierachter hierbij hierdoor hierin hiermee hierna hierom hierop hierover hiertoe
  hieruit hiervan hiervoor hieronder hiertegen
  waaraan waarachter waarbij waardoor waarin waarmee waarna waarom waarop waarover waartoe
  waaruit waarvan waarvoor waarheen waaronder waartegen waarzonder
`;

/** Coordinating and subordinating conjunctions, and the adverbs that link clauses. */
const CONJUNCTIONS = `
  en of maar want dus noch doch dat als omdat doordat zodat terwijl wanneer toen nadat
  voordat totdat hoewel ofschoon alhoewel tenzij mits indien zoals alsof opdat zowel hetzij
  ofwel oftewel alsmede alsook aangezien echter evenwel toch bovendien derhalve namelijk
  immers daarentegen eveneens
`;

/**
 * The auxiliaries zijn, hebben, worden, doen and the modal verbs zullen, kunnen, moeten, mogen,
 * willen, with their participles.
 */
const AUXILIARIES = `
  zijn ben bent is was waren geweest
  hebben heb hebt heeft had hadden gehad
  worden word wordt werd werden geworden
  doen doe doet deed deden gedaan
  zullen zal zult zou zouden
  kunnen kan kunt kon konden gekund
  moeten moet moest moesten gemoeten
  mogen mag mocht mochten gemogen
  willen wil wilt wilde wilden wou gewild
`;

/** Negation, affirmation, and the wh- adverbs. */
const NEGATION_AND_WH = `
  niet wel ja nee neen hoe waarom wanneer
`;

/** Common adverbs of degree and focus. */
const DEGREE_ADVERBS = `
  zeer heel erg te zo nogal tamelijk bijna haast slechts alleen maar enkel pas zelfs vooral
  ook ongeveer circa
`;

/** Common adverbs of time and frequency. */
const TIME_ADVERBS = `
  nu nog al reeds altijd nooit ooit vaak soms dikwijls steeds straks zojuist net daarna
  vervolgens eerst eens weer opnieuw wederom inmiddels intussen ondertussen thans voorheen
  sindsdien meteen gauw spoedig weldra later eerder toen dan
`;

/** Separable verb particles, which stand apart from their verb in a main clause. */
const PARTICLES = `
  af mee terug samen heen toe
`;

/** Interjections, honorifics and abbreviations. */
const OTHER = `
  jawel tja hè och ach nou etc bv bijv dhr mevr mw mr drs ir dr ing
`;

/** Reporting verbs of news attribution (as in the English list: every version has them). */
const REPORTING_VERBS = `
  zeggen zeg zegt zei zeiden gezegd
`;

/** The Dutch function-word categories above, as whitespace-separated lists. */
export const DUTCH_FUNCTION_WORDS: readonly string[] = [
  DETERMINERS, PRONOUNS, PREPOSITIONS, PRONOMINAL_ADVERBS, CONJUNCTIONS, AUXILIARIES,
  NEGATION_AND_WH, DEGREE_ADVERBS, TIME_ADVERBS, PARTICLES, OTHER, REPORTING_VERBS,
];
