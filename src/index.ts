export { analyze, indexPaths, summarizeStore, type AnalyzeOptions, type IndexOptions, type IndexReport } from './pipeline.js';
export { rebuildStories } from './pipeline/rebuild-stories.js';
export { explainPair } from './pipeline/explain-pair.js';
export type { AnalysisResult, AnalysisWarning, DocumentSummary, ProgressEvent } from './types.js';
export type { Story, StoryMember, StoryOrigin, MemberRelation } from './stories/index.js';
export type { PairResult, PairEvidence, PairFeatures, Relation, FactChange, AlignedBead } from './relate/index.js';
export type { Store, StoredDocument } from './stores/store.js';
export { createStore } from './stores/index.js';
export type { LanguageCode } from './text/types.js';
