// Portuguese function words by grammatical category (closed classes, after the categories of a
// reference grammar such as Cunha and Cintra's Nova Gramática do Português Contemporâneo),
// written like the English list in src/text/english-function-words.ts. A form that is also a
// common noun or adjective is left out where the open-class reading is the commoner one in
// running text: the participle "estado" (the noun "Estado", state), the infinitives "poder" and
// "dever" (power, duty), "bem", "mal", "parte", "fim", "vez", "tempo", "tarde" (afternoon),
// "caso" (a case, besides "in case"), and "segundo" (the ordinal: numbers are content).

/** Articles with their contractions, demonstratives, possessives and other determiners. */
const DETERMINERS = `
  o a os as um uma uns umas do da dos das ao à aos às no na nos nas pelo pela pelos pelas dum
  duma duns dumas num numa nuns numas
  este esta estes estas isto esse essa esses essas isso aquele aquela aqueles aquelas aquilo
  deste desta destes destas disto desse dessa desses dessas disso daquele daquela daqueles
  daquelas daquilo neste nesta nestes nestas nisto nesse nessa nesses nessas nisso naquele
  naquela naqueles naquelas naquilo àquele àquela àqueles àquelas
  meu minha meus minhas teu tua teus tuas seu sua seus suas nosso nossa nossos nossas vosso
  vossa vossos vossas
  cada todo toda todos todas algum alguma alguns algumas nenhum nenhuma nenhuns nenhumas outro
  outra outros outras mesmo mesma mesmos mesmas tal tais certo certa certos certas vários
  várias muito muita muitos muitas pouco pouca poucos poucas tanto tanta tantos tantas quanto
  quanta quantos quantas ambos ambas qualquer quaisquer demais próprio própria próprios
  próprias
`;

/** Personal, reflexive, interrogative, relative and indefinite pronouns, with the clitics. */
const PRONOUNS = `
  eu tu ele ela nós vós eles elas você vocês me te se nos vos lhe lhes mim ti si comigo contigo
  consigo conosco connosco convosco dele dela deles delas nele nela neles nelas que quem qual
  quais cujo cuja cujos cujas alguém ninguém algo nada tudo outrem
`;

/** Prepositions, including the first words of complex ones ("através de", "além de"). */
const PREPOSITIONS = `
  a ante após até com contra de desde em entre para perante por sem sob sobre trás durante
  mediante conforme exceto salvo através além aquém acerca cerca dentro fora junto
  perto longe debaixo diante atrás
`;

/** Coordinating and subordinating conjunctions, and the adverbs that link clauses. */
const CONJUNCTIONS = `
  e nem ou mas porém contudo todavia entretanto portanto logo pois porque que se como quando
  enquanto embora conquanto onde aonde também assim então ainda seja quer
`;

/** The auxiliaries ser, estar, ter, haver, the modal verbs poder and dever, and their participles. */
const AUXILIARIES = `
  ser sou és é somos sois são era eras éramos eram fui foste foi fomos foram será serão seria
  seriam seja sejam fosse fossem for forem sendo sido
  estar estou estás está estamos estão estava estavam esteve estiveram estará estarão estaria
  esteja estejam estivesse estivessem estiver estando
  ter tenho tens tem temos têm tinha tinham teve tiveram terá terão teria teriam tenha tenham
  tivesse tivessem tiver tiverem tendo tido
  haver hei hás há havemos hão havia haviam houve houveram haverá haveria haja hajam houvesse
  houver havendo havido
  posso pode podemos podem podia podiam pôde puderam poderá poderão poderia poderiam possa
  possam pudesse pudessem puder puderem
  devo deve devemos devem devia deviam deveu deverá deverão deveria deveriam deva devam
  devesse devessem
`;

/** Negation, affirmation, and the wh- and pronominal adverbs. */
const ADVERBS = `
  não sim aqui ali lá cá aí onde aonde como quando porquê
`;

/** Common adverbs of degree, focus, time and frequency. */
const DEGREE_AND_TIME = `
  muito pouco mais menos tão quase apenas só somente mesmo até já ainda sempre nunca jamais
  agora hoje ontem amanhã depois antes logo cedo talvez
`;

/** Honorifics and abbreviations. */
const ABBREVIATIONS = `
  sr sra dr dra etc
`;

/** Reporting verbs of news attribution (as in the English list: every version has them). */
const REPORTING_VERBS = `
  dizer diz dizem disse disseram dito
`;

/** The Portuguese function-word categories above, as whitespace-separated lists. */
export const PORTUGUESE_FUNCTION_WORDS: readonly string[] = [
  DETERMINERS, PRONOUNS, PREPOSITIONS, CONJUNCTIONS, AUXILIARIES, ADVERBS, DEGREE_AND_TIME,
  ABBREVIATIONS, REPORTING_VERBS,
];
