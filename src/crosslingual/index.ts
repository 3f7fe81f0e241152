export { loadLexicon, createLexicon, supportedLexiconLanguages, SHIPPED_LANGUAGES } from './lexicon.js';
export type { Lexicon, LexiconPack, LexiconSource } from './lexicon.js';
export { projectTokens, projectionCoverage } from './project.js';
export type { ProjectionOptions } from './project.js';
export { stripIndonesianAffixes, indonesianRootCandidates } from './strip-indonesian-affixes.js';
export type { AffixCandidate } from './strip-indonesian-affixes.js';
export { normalizeForeign } from './normalize-foreign.js';
export { foreignStemmer } from './foreign-stemmer.js';
export { foreignStopWords } from './foreign-stop-words.js';
