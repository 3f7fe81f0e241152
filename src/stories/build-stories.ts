import { hashString, hex32 } from '../sketch/index.js';
import type { PairResult } from '../relate/types.js';
import { assignSources } from './assign-sources.js';
import { clusterPairs } from './cluster.js';
import { findOrigin, type MemberInfo } from './find-origin.js';
import type { Story } from './types.js';

/**
 * Turns verified pairs into stories: clusters, an origin with reasons per story, and each
 * member linked to its most likely source.
 * @param info per document: date and sentence count (for ranking); documents missing here still cluster
 * @returns stories sorted by size (largest first), then id; members origin first, then by id
 */
export function buildStories(pairs: readonly PairResult[], info: ReadonlyMap<string, MemberInfo>): Story[] {
  const stories: Story[] = [];
  for (const group of clusterPairs(pairs)) {
    const inGroup = new Set(group);
    const own = pairs.filter((p) => inGroup.has(p.a) && inGroup.has(p.b) && p.relation !== 'unrelated');
    const members = group.map((id) => info.get(id) ?? { id, sentences: 0 });
    const { ranked, origin } = findOrigin(members, own);
    const linked = assignSources(ranked, own);
    const [first, ...rest] = linked;
    stories.push({
      id: `story-${hex32(hashString(origin.document))}`,
      origin,
      members: first ? [first, ...rest.sort((x, y) => x.document.localeCompare(y.document))] : [],
    });
  }
  return stories.sort((x, y) => y.members.length - x.members.length || x.id.localeCompare(y.id));
}
