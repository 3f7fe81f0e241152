// English function words by grammatical category (closed classes, after the categories of a
// reference grammar such as Quirk et al.'s or Biber et al.'s). The English stop list is
// stopwords-iso's English list kept only where a word falls in one of these categories: that
// list is built for web search (1,298 words) and also drops open-class words a story turns on
// ("right", "free", "work", "place", "order"), while these categories hold words every text
// uses whatever it is about. Open-class words (nouns, lexical verbs, adjectives, adverbs made
// from adjectives) are never listed, except in the last category, whose reason is stated there.
// Words that belong to a closed class and also to an open one ("like", "past", "due") are
// listed: in running text they mostly serve the closed class.

/** Articles, demonstratives and other determiners, with the quantifiers that are not numbers. */
const DETERMINERS = `
  a an the this that these those each every either neither no some any all both another other
  others such same own what which whose whatever whichever many much more most few fewer less
  least several enough
`;

/** Personal, possessive, reflexive, indefinite, interrogative and relative pronouns. */
const PRONOUNS = `
  i me my mine myself you your yours yourself yourselves he him his himself she her hers herself
  it its itself we us our ours ourselves they them their theirs themselves thou ye ones
  anybody anyone anything somebody someone something everybody everyone everything nobody noone
  no-one nothing none who whom whoever whomever
`;

/** Prepositions, including the first words of complex ones ("according to", "owing to", "due to"). */
const PREPOSITIONS = `
  about above across after against along alongside amid amidst among amongst around as at before
  behind below beneath beside besides between beyond by despite down during except for from in
  inside into like near of off on onto opposite out outside over past per plus minus round since
  than through throughout thru till to toward towards under underneath unlike until unto up upon
  via versus vs with within without concerning considering regarding notwithstanding according
  owing due
`;

/** Coordinating and subordinating conjunctions, and the adverbs that link clauses. */
const CONJUNCTIONS = `
  and or but nor so yet because although though while whilst whereas if unless lest once whether
  thus hence therefore however moreover furthermore nevertheless nonetheless otherwise also
  consequently accordingly meanwhile instead namely likewise similarly inasmuch insofar howbeit
`;

/** Forms of the auxiliaries be, have and do, the modals and semi-modals, and negation. */
const AUXILIARIES = `
  be am is are was were been being have has had having do does did doing done can cannot could
  may might must shall should will would ought dare not
`;

/** Wh-adverbs and the pronominal adverbs of place, time and manner. */
const PRONOMINAL_ADVERBS = `
  how when where why whence whither whenever wherever here there then now thence hither
  everywhere anywhere somewhere nowhere elsewhere anyhow anyway anyways somehow
  hereafter hereby herein hereupon thereafter thereby therein thereof thereto thereupon
  whereafter whereby wherein whereupon
`;

/** Common adverbs of degree (intensifiers, downtoners, focusing adverbs). */
const DEGREE_ADVERBS = `
  very too quite rather fairly somewhat almost nearly hardly barely scarcely just only even
  really merely mostly else
`;

/** Common adverbs of time and frequency. */
const TIME_ADVERBS = `
  already still ever never always often sometimes usually again ago soon later lately afterwards
  forever sometime someday today twice
`;

/** Adverb particles of phrasal verbs ("give up", "carry on", "come back"). */
const PARTICLES = `
  away back forth forward forwards backward backwards ahead aside apart together
`;

/** Interjections and discourse particles. */
const INTERJECTIONS = `
  oh ah eh hm hello hi ok okay yes please thanks thanx
`;

/** Latin abbreviations used as connectives, and honorifics before a name. */
const ABBREVIATIONS = `
  etc eg ie i.e. viz cf et al et-al mr mrs ms
`;

/**
 * Reporting verbs of news attribution: not a closed class, but every version of a news story
 * attributes its statements ("said", "says"), so they tell no version apart. The stop list kept
 * them for that reason before this list existed.
 */
const REPORTING_VERBS = `
  say says said saying
`;

/**
 * Contractions written without their apostrophe, or cut at it by a stray backtick ("dont",
 * "didn`t" → "didn"), where that spelling is no English word of its own ("hell", "shell",
 * "ill", "wed", "shed", "cant", "wont" are words, and not listed). Contractions with their
 * apostrophe are recognised by it (see isEnglishFunctionWord).
 */
const CONTRACTIONS_WITHOUT_APOSTROPHE = `
  aint arent couldnt darent didnt doesnt dont hadnt hasnt havent isnt maynt mightnt mustnt
  neednt oughtnt shant shouldnt wasnt werent wouldnt aren couldn didn doesn don hadn hasn haven
  isn mightn mustn needn shouldn wasn weren wouldn im ive youre youve youd youll theyre theyve
  theyd theyll weve itll itd thats thatll thatve whats whatll whatve theres therell thered
  therere thereve heres wheres whos whod wholl hes shes cmon
`;

const CATEGORIES: readonly string[] = [
  DETERMINERS, PRONOUNS, PREPOSITIONS, CONJUNCTIONS, AUXILIARIES, PRONOMINAL_ADVERBS,
  DEGREE_ADVERBS, TIME_ADVERBS, PARTICLES, INTERJECTIONS, ABBREVIATIONS, REPORTING_VERBS,
  CONTRACTIONS_WITHOUT_APOSTROPHE,
];

/** The English function words of the categories above, lowercase. */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  CATEGORIES.flatMap((category) => category.split(/\s+/)).filter((word) => word !== ''),
);

/**
 * Whether a lowercase English word is a function word: listed in a category above, a
 * contraction (a word with an apostrophe, "don't", "'ll", "c'mon"), or a single letter
 * (initials, list markers, what is left of "U.S." or "s").
 *
 * @param word Lowercased token.
 * @returns true for function words.
 */
export function isEnglishFunctionWord(word: string): boolean {
  return ENGLISH_FUNCTION_WORDS.has(word) || word.includes("'") || /^\p{L}$/u.test(word);
}
