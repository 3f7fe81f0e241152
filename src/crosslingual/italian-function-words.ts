// Italian function words by grammatical category (closed classes, after the categories of a
// reference grammar such as Serianni's Grammatica italiana), written like the English list in
// src/text/english-function-words.ts. A form that is also a common noun or adjective is left
// out where the open-class reading is the commoner one in running text: "fine" (end, aim),
// "parte", "modo", "bene", "male", "pieno", "rispetto" (respect, besides "rispetto a"),
// "generale", "lungo", "vicino", "lontano", "insieme", and "secondo" (the ordinal: numbers are
// content). The participle "stato" of essere is listed: "è stato" is commoner in running
// text than the noun "Stato".

/** Articles with the articulated prepositions, demonstratives, possessives and other determiners. */
const DETERMINERS = `
  il lo la i gli le l un uno una un'
  del dello della dei degli delle dell al allo alla ai agli alle all dal dallo dalla dai dagli
  dalle dall nel nello nella nei negli nelle nell sul sullo sulla sui sugli sulle sull col coi
  questo questa questi queste quello quella quelli quelle quel quei quegli codesto
  mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro vostra
  vostri vostre loro
  ogni ciascuno ciascuna qualche qualsiasi qualunque alcuno alcuna alcuni alcune nessuno nessuna
  nessun tutto tutta tutti tutte altro altra altri altre stesso stessa stessi stesse tale tali
  certo certa certi certe molto molta molti molte poco poca pochi poche tanto tanta tanti
  tante troppo troppa troppi troppe parecchio parecchi vari varie diversi diverse quanto quanta
  quanti quante entrambi entrambe ambedue
`;

/** Personal, reflexive, interrogative, relative and indefinite pronouns, with the clitics. */
const PRONOUNS = `
  io tu lui lei egli ella esso essa noi voi essi esse loro me te sé mi ti si ci vi ne lo la li
  le gli glielo gliela glieli gliele chi che cui quale quali ciò qualcuno qualcosa niente nulla
  chiunque altrui
`;

/** Prepositions, including the first words of complex ones ("accanto a", "invece di"). */
const PREPOSITIONS = `
  di d a ad da in con su per tra fra senza sopra sotto dentro fuori verso contro presso
  durante mediante tramite salvo eccetto tranne oltre circa dopo prima davanti dietro accanto
  invece attraverso riguardo nonostante malgrado entro fino sino
`;

/** Coordinating and subordinating conjunctions, and the adverbs that link clauses. */
const CONJUNCTIONS = `
  e ed o od oppure né ma però tuttavia anzi dunque quindi perciò pertanto infatti inoltre
  che perché poiché affinché benché sebbene purché qualora mentre quando se come dove
  cioè ossia ovvero nonché sia neppure neanche nemmeno anche pure altresì così allora
`;

/** The auxiliaries essere and avere, the modal verbs potere, dovere, volere, and their participles. */
const AUXILIARIES = `
  essere sono sei è e' siamo siete era eri eravamo eravate erano fui fu fummo furono sarò sarai
  sarà saremo sarete saranno sarei saresti sarebbe saremmo sareste sarebbero sia siano fossi
  fosse fossimo foste fossero essendo stato stata stati state
  avere ho hai ha abbiamo avete hanno avevo avevi aveva avevamo avevate avevano ebbi ebbe
  ebbero avrò avrai avrà avremo avrete avranno avrei avrebbe avrebbero abbia abbiano avessi
  avesse avessero avendo avuto avuta avuti avute
  posso puoi può possiamo potete possono poteva potevano potrà potranno potrebbe potrebbero
  possa possano potesse potessero potuto
  devo devi deve dobbiamo dovete devono doveva dovevano dovrà dovranno dovrebbe dovrebbero
  debba debbano dovesse dovessero dovuto
  voglio vuoi vuole vogliamo volete vogliono voleva volevano vorrà vorrebbe vorrebbero voluto
`;

/** Negation, affirmation, and the wh- and pronominal adverbs. */
const ADVERBS = `
  non no sì qui qua lì là ci vi ove dove dovunque ovunque altrove come quando perché quanto
`;

/** Common adverbs of degree, focus, time and frequency. */
const DEGREE_AND_TIME = `
  molto poco troppo più meno tanto quasi appena solo soltanto solamente persino perfino ancora
  già sempre mai spesso talvolta ora adesso oggi ieri domani poi dopo prima presto tardi
  subito intanto forse
`;

/** Honorifics and abbreviations. */
const ABBREVIATIONS = `
  sig sigg sig.ra dott prof ecc
`;

/** Reporting verbs of news attribution (as in the English list: every version has them). */
const REPORTING_VERBS = `
  dire dice dicono detto disse dissero
`;

/** The Italian function-word categories above, as whitespace-separated lists. */
export const ITALIAN_FUNCTION_WORDS: readonly string[] = [
  DETERMINERS, PRONOUNS, PREPOSITIONS, CONJUNCTIONS, AUXILIARIES, ADVERBS, DEGREE_AND_TIME,
  ABBREVIATIONS, REPORTING_VERBS,
];
