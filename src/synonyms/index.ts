export { loadSynonyms, createSynonymMap, SYNONYM_PACK_PATH, type SynonymMap, type SynonymPackData } from './load-synonyms.js';
export { conceptSimilarity, conceptBagSimilarity, mergeConceptBags, toConceptBag, type ConceptBag } from './concept-overlap.js';
