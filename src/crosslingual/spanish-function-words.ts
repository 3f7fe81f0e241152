// Spanish function words by grammatical category (closed classes, after the categories of a
// reference grammar such as the RAE's Nueva gramática), written like the English list in
// src/text/english-function-words.ts. A form that is also a common noun or adjective is left
// out where the open-class reading is the commoner one in running text: the participle "estado"
// (the noun "Estado", state), the infinitives "poder" and "deber" (power, duty), "bien", "mal",
// "vez", "medio", "mañana", "tarde".

/** Articles, demonstratives, possessives and other determiners, with non-numeral quantifiers. */
const DETERMINERS = `
  el la lo los las un una unos unas al del
  este esta esto estos estas ese esa eso esos esas aquel aquella aquello aquellos aquellas
  mi mis tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras
  mío mía míos mías tuyo tuya tuyos tuyas suyo suya suyos suyas
  cada todo toda todos todas algún alguno alguna algunos algunas ningún ninguno ninguna
  ningunos ningunas otro otra otros otras mismo misma mismos mismas tal tales cierto cierta
  ciertos ciertas varios varias mucho mucha muchos muchas poco poca pocos pocas demás tanto
  tanta tantos tantas cuanto cuanta cuantos cuantas cuánto cuánta cuántos cuántas ambos ambas
  cualquier cualquiera cualesquiera bastante bastantes demasiado demasiada demasiados
  demasiadas más menos sendos sendas
`;

/** Personal, reflexive, interrogative, relative and indefinite pronouns. */
const PRONOUNS = `
  yo tú él ella ello nosotros nosotras vosotros vosotras ellos ellas usted ustedes
  me te se nos os le les mí ti sí conmigo contigo consigo
  éste ésta éstos éstas ése ésa ésos ésas aquél aquélla aquéllos aquéllas
  que qué quien quienes quién quiénes cual cuales cuál cuáles cuyo cuya cuyos cuyas
  alguien nadie algo nada uno
`;

/** Prepositions, the contractions al / del above, and the first words of complex ones. */
const PREPOSITIONS = `
  a ante bajo cabe con contra de desde durante en entre hacia hasta mediante para por según
  segun sin so sobre tras versus vía excepto salvo incluso conforme junto acerca alrededor
  debajo delante detrás detras dentro fuera encima enfrente cerca lejos respecto través pesar
`;

/** Coordinating and subordinating conjunctions, and the adverbs that link clauses. */
const CONJUNCTIONS = `
  y e ni o u pero sino mas aunque porque pues si como cuando mientras donde adonde conque
  embargo obstante puesto siquiera además asimismo igualmente también tampoco entonces así
  luego sea
`;

/**
 * The auxiliaries ser, estar and haber (every simple form, the gerunds and the participles
 * "sido" and "habido"), tener (possession and "tener que": English "have", which the English
 * list holds), and the finite forms of the modal verbs poder and deber.
 */
const AUXILIARIES = `
  ser soy eres es somos sois son era eras éramos erais eran fui fuiste fue fuimos fuisteis
  fueron seré serás será seremos seréis serán sería serías seríamos seríais serían sea seas
  seamos seáis sean fuera fueras fuéramos fuerais fueran fuese fueses fuésemos fueseis fuesen
  siendo sido
  estar estoy estás está estamos estáis están estaba estabas estábamos estabais estaban estuve
  estuviste estuvo estuvimos estuvisteis estuvieron estaré estarás estará estaremos estaréis
  estarán estaría estarías estaríamos estaríais estarían esté estés estemos estéis estén
  estuviera estuvieras estuviéramos estuvierais estuvieran estuviese estuvieses estuviésemos
  estuvieseis estuviesen estando
  haber he has ha hemos habéis han hay había habías habíamos habíais habían hube hubiste hubo
  hubimos hubisteis hubieron habré habrás habrá habremos habréis habrán habría habrías
  habríamos habríais habrían haya hayas hayamos hayáis hayan hubiera hubieras hubiéramos
  hubierais hubieran hubiese hubieses hubiésemos hubieseis hubiesen habiendo habido
  tener tengo tienes tiene tenemos tenéis tienen tenía tenías teníamos teníais tenían tuve
  tuviste tuvo tuvimos tuvisteis tuvieron tendré tendrás tendrá tendremos tendréis tendrán
  tendría tendrías tendríamos tendríais tendrían tenga tengas tengamos tengáis tengan tuviera
  tuvieras tuviéramos tuvierais tuvieran tuviese tuvieses tuviésemos tuvieseis tuviesen
  teniendo tenido
  puedo puedes puede podemos podéis pueden podía podían pude pudo pudieron podré podrá podrán
  podría podrían pueda puedas podamos puedan pudiera pudieran pudiese pudiesen pudiendo
  debo debes debe debemos deben debía debían debió debieron deberá deberán debería deberían
  deba debas debamos deban debiera debieran debiese debiesen
`;

/** Negation, affirmation, and the wh- and pronominal adverbs of place, time and manner. */
const PRONOMINAL_ADVERBS = `
  no sí aquí allí allá ahí acá dónde cuándo cómo adónde ahora hoy ayer
`;

/** Common adverbs of degree and focus. */
const DEGREE_ADVERBS = `
  muy tan casi apenas solo sólo solamente únicamente aun aún siquiera sumamente
`;

/** Common adverbs of time and frequency. */
const TIME_ADVERBS = `
  ya todavía siempre nunca jamás antes después despues pronto enseguida recién quizá quizás
  acaso
`;

/** Honorifics and abbreviations before a name or used as connectives. */
const ABBREVIATIONS = `
  sr sra srta dr dra don doña ud uds vd vds etc
`;

/** Reporting verbs of news attribution (as in the English list: every version has them). */
const REPORTING_VERBS = `
  decir dice dicen dijo dijeron
`;

/** The Spanish function-word categories above, as whitespace-separated lists. */
export const SPANISH_FUNCTION_WORDS: readonly string[] = [
  DETERMINERS, PRONOUNS, PREPOSITIONS, CONJUNCTIONS, AUXILIARIES, PRONOMINAL_ADVERBS,
  DEGREE_ADVERBS, TIME_ADVERBS, ABBREVIATIONS, REPORTING_VERBS,
];
