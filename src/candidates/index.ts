export { documentKeys, flattenKeys, groupKeys, KEY_PREFIX, type DocumentKeys } from './index-keys.js';
export { rankCandidates, type Candidate, type CandidateOptions, type DocumentPostings } from './rank-candidates.js';
export { chooseStems, keyRank, selectAnchors, selectStems, TERM_SELECTION, type TermSelection } from './select-terms.js';
