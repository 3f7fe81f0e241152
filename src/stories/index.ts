export type { Story, StoryMember, StoryOrigin, MemberRelation } from './types.js';
export { clusterPairs } from './cluster.js';
export { findOrigin, type MemberInfo, type OriginRanking } from './find-origin.js';
export { assignSources } from './assign-sources.js';
export { buildStories } from './build-stories.js';
export { matchContinuedStories } from './match-stories.js';
export { diffStories, isUnchanged, type RelationChange, type StoryChanges, type StoryUpdate } from './diff-stories.js';
