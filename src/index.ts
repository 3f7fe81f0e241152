export {
  analyze,
  indexDocuments,
  indexPaths,
  removeDocuments,
  summarizeStore,
  type AnalyzeOptions,
  type IndexOptions,
  type IndexReport,
  type RemoveReport,
} from './pipeline.js';
export { rebuildStories } from './pipeline/rebuild-stories.js';
export { trackStoryChanges } from './pipeline/track-changes.js';
export { diffStories, type StoryChanges, type StoryUpdate, type RelationChange } from './stories/index.js';
export { explainPair, type Explanation } from './pipeline/explain-pair.js';
export { loadStorySentences } from './pipeline/story-sentences.js';
export { renderHtmlReport } from './report/to-html.js';
export type { AnalysisResult, AnalysisWarning, DocumentSummary, ProgressEvent } from './types.js';
export type { Story, StoryMember, StoryOrigin, MemberRelation } from './stories/index.js';
export type { PairResult, PairEvidence, PairFeatures, Relation, FactChange, AlignedBead } from './relate/index.js';
export type { Store, StoredDocument } from './stores/store.js';
export { createStore } from './stores/index.js';
export type { LanguageCode } from './text/types.js';
