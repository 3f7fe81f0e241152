// German function words by grammatical category (closed classes, after the categories of a
// reference grammar such as the Duden-Grammatik), written like the English list in
// src/text/english-function-words.ts. A form that is also a common noun or adjective is left
// out where the open-class reading is the commoner one in running text: "recht" (das Recht,
// besides "quite"), "gleich", "weit", "ganz", "gut", "lange", and the titles "Frau" and "Herr"
// (woman, lord).

/** Articles, demonstratives, possessives and other determiners, with non-numeral quantifiers. */
const DETERMINERS = `
  der die das des dem den ein eine einer eines einem einen
  dieser diese dieses diesem diesen jener jene jenes jenem jenen derselbe dieselbe dasselbe
  desselben derselben demselben denselben
  mein meine meiner meines meinem meinen dein deine deiner deines deinem deinen sein seine
  seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren unser unsere unserer unseres
  unserem unseren euer eure eurer eures eurem euren
  jeder jede jedes jedem jeden kein keine keiner keines keinem keinen all alle aller alles allem
  allen manch manche mancher manches manchem manchen solch solche solcher solches solchem
  solchen welcher welche welches welchem welchen beide beiden beider beides einige einiger
  einiges einigen mehrere mehrerer mehreren viel viele vieler vielen vieles wenig wenige weniger
  wenigen mehr meist meiste meisten ander andere anderer anderes anderem anderen etliche
  sämtliche genug
`;

/** Personal, reflexive, reciprocal, interrogative, relative and indefinite pronouns. */
const PRONOUNS = `
  ich mich mir du dich dir er ihn ihm sie es wir uns ihr euch ihnen sich selbst selber einander
  man jemand jemanden jemandem niemand niemanden niemandem etwas nichts wer wen wem wessen was
  dessen deren denen derer jedermann
`;

/** Prepositions, their contractions with the article (zum, im), and the first words of complex ones. */
const PREPOSITIONS = `
  ab an am ans auf aufs aus außer außerhalb bei beim bis binnen durch durchs entlang entgegen
  für fürs gegen gegenüber gemäß hinter hinterm hinters in im ins innerhalb inmitten jenseits
  laut mit mithilfe nach neben ob oberhalb ohne per samt seit seitens trotz über überm übers um
  ums unter unterm unters unterhalb von vom vor vorm vors während wegen wider zu zum zur
  zufolge zwischen statt anstatt anhand anlässlich aufgrund bezüglich hinsichtlich mittels infolge
  einschließlich ausschließlich zugunsten zwecks dank kraft
`;

/** Coordinating and subordinating conjunctions, and the adverbs that link clauses. */
const CONJUNCTIONS = `
  und oder aber denn sondern doch jedoch sowie sowohl weder noch entweder dass daß ob weil da
  als wenn falls sofern soweit solange sobald bevor ehe nachdem seitdem bis während indem
  obwohl obgleich obschon wenngleich damit sodass so wie wo zumal also daher deshalb deswegen
  darum folglich somit dennoch trotzdem außerdem ferner zudem überdies allerdings hingegen
  jedenfalls nämlich insofern insoweit sonst
`;

/** The auxiliaries sein, haben, werden and the modal verbs, with their participles. */
const AUXILIARIES = `
  sein bin bist ist sind seid war warst waren wart wäre wären wärst sei seien gewesen
  haben habe hast hat habt hatte hattest hatten hattet hätte hätten gehabt
  werden werde wirst wird werdet wurde wurden würde würden würdest geworden worden
  können kann kannst könnt konnte konnten könnte könnten gekonnt
  müssen muss muß musst müsst musste mussten müsste müssten
  dürfen darf darfst dürft durfte durften dürfte dürften
  sollen soll sollst sollt sollte sollten
  wollen will willst wollt wollte wollten
  mögen mag magst möchte möchten mochte mochten
`;

/** Negation, affirmation, pronominal adverbs (da-, wo-, hier- with a preposition) and wh- adverbs. */
const ADVERBS = `
  nicht nein ja doch wie wo wann warum weshalb wieso woher wohin hier dort da dahin daher
  dabei dadurch dafür dagegen dahinter damit danach daneben daran darauf daraus darin darüber
  darum darunter davon davor dazu dazwischen hierbei hierdurch hierfür hiermit hierzu hieran
  hierauf hieraus hierin hierüber hiervon wobei wodurch wofür wogegen womit wonach woran worauf
  woraus worin worüber wovon wovor wozu irgendwo überall nirgends
`;

/** Common adverbs of degree, focus, time and frequency, and modal particles. */
const DEGREE_AND_TIME = `
  sehr zu so ziemlich fast kaum nur bloß allein auch sogar selbst etwa eben gerade schon noch
  bereits immer nie niemals oft manchmal jetzt nun dann damals heute gestern bald später zuvor
  danach wieder erneut stets inzwischen mal einmal ebenfalls ebenso eher vielleicht wohl halt
  eigentlich überhaupt
`;

/** Honorifics and abbreviations used as connectives. */
const ABBREVIATIONS = `
  hr fr dr prof usw bzw zb ua dh ca etc
`;

/** Reporting verbs of news attribution (as in the English list: every version has them). */
const REPORTING_VERBS = `
  sagen sagte sagten sagt gesagt
`;

/** The German function-word categories above, as whitespace-separated lists. */
export const GERMAN_FUNCTION_WORDS: readonly string[] = [
  DETERMINERS, PRONOUNS, PREPOSITIONS, CONJUNCTIONS, AUXILIARIES, ADVERBS, DEGREE_AND_TIME,
  ABBREVIATIONS, REPORTING_VERBS,
];
