// French function words by grammatical category (closed classes, after the categories of a
// reference grammar such as Grevisse's Le Bon Usage), written like the English list in
// src/text/english-function-words.ts. A form that is also a common noun or adjective is left
// out where the open-class reading is the commoner one in running text: "personne" (a person,
// besides "nobody"), "point", "fait", "ensemble", "face", "suivant", "vu", "bien", "mal",
// "plein", "état". "été" (summer) and "pas" (a step) are listed: as the participle of être and
// the negation they are far commoner.

/** Articles (with the contractions au, du), demonstratives, possessives and other determiners. */
const DETERMINERS = `
  le la les l un une des du de d au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre
  nos votre vos leur leurs chaque tout toute tous toutes aucun aucune nul nulle plusieurs
  quelque quelques certain certaine certains certaines divers diverses différents tel telle
  tels telles même mêmes autre autres quel quelle quels quelles quelconque maint maints
  beaucoup peu trop assez tant autant
`;

/** Personal, reflexive, demonstrative, possessive, interrogative, relative and indefinite pronouns. */
const PRONOUNS = `
  je j me m moi tu te t toi il elle on nous vous ils elles se s soi lui eux y en
  ceci cela ça ce c celui celle ceux celles celui-ci celle-ci ceux-ci celles-ci celui-là
  celle-là ceux-là celles-là le mien la mienne les miens les miennes tien tienne siens sienne
  siennes nôtre nôtres vôtre vôtres leur qui que qu quoi dont où lequel laquelle lesquels
  lesquelles duquel desquels desquelles auquel auxquels auxquelles quiconque chacun chacune
  quelqu'un quelqu'une quelque-chose rien autrui
`;

/** Prepositions, including the first words of complex ones ("afin de", "quant à", "grâce à"). */
const PREPOSITIONS = `
  à a de en dans par pour sur sous avec sans chez contre entre parmi vers envers devant
  derrière avant après depuis pendant durant dès jusque jusqu selon malgré outre hors hormis
  sauf excepté via concernant moyennant nonobstant afin quant lors auprès autour
  près loin grâce travers dessus dessous dedans dehors
`;

/** Coordinating and subordinating conjunctions, and the adverbs that link clauses. */
const CONJUNCTIONS = `
  et ou ni mais or donc car que qu si comme quand lorsque lorsqu puisque puisqu quoique
  quoiqu tandis parce pourvu sinon ainsi alors aussi cependant pourtant toutefois néanmoins
  enfin notamment ensuite puis également soit voire
`;

/** The auxiliaries être and avoir, the modal verbs pouvoir, devoir, and their participles. */
const AUXILIARIES = `
  être suis es est sommes êtes sont étais était étions étiez étaient fus fut fûmes furent
  serai seras sera serons serez seront serais serait serions seriez seraient sois soit soyons
  soyez soient fusse fût étant été
  avoir ai as a avons avez ont avais avait avions aviez avaient eus eut eûmes eurent aurai auras
  aura aurons aurez auront aurais aurait aurions auriez auraient aie aies ait ayons ayez aient
  eût ayant eu
  peux peut pouvons pouvez peuvent pouvait pouvaient pourra pourront pourrait pourraient
  puisse puissent pu
  dois doit devons devez doivent devait devaient devra devront devrait devraient doive doivent
  dû
`;

/** Negation, affirmation, and the wh- and pronominal adverbs. */
const ADVERBS = `
  ne n pas plus jamais guère non oui si ici là ailleurs partout comment pourquoi combien
  où quand dont
`;

/** Common adverbs of degree, focus, time and frequency. */
const DEGREE_AND_TIME = `
  très tres si trop assez moins presque plutôt seulement même aussi encore déjà toujours souvent
  parfois maintenant aujourd'hui hier demain bientôt tôt tard désormais auparavant
  dorénavant jadis naguère longtemps environ surtout
`;

/** Honorifics and abbreviations. */
const ABBREVIATIONS = `
  m mme mlle mm dr etc
`;

/** Reporting verbs of news attribution (as in the English list: every version has them). */
const REPORTING_VERBS = `
  dire dit dits disent
`;

/** The French function-word categories above, as whitespace-separated lists. */
export const FRENCH_FUNCTION_WORDS: readonly string[] = [
  DETERMINERS, PRONOUNS, PREPOSITIONS, CONJUNCTIONS, AUXILIARIES, ADVERBS, DEGREE_AND_TIME,
  ABBREVIATIONS, REPORTING_VERBS,
];
