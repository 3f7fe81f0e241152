import type { Store } from '../stores/store.js';
import { buildStories, type MemberInfo, type Story } from '../stories/index.js';

/** Rebuilds all stories from the stored pairs and saves them. */
export async function rebuildStories(store: Store): Promise<Story[]> {
  const pairs = (await store.listPairs()).filter((p) => p.relation !== 'unrelated');
  const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))].sort();
  const docs = await store.getDocuments(ids);
  const sentenceCounts = new Map<string, number>();
  for (const p of pairs) {
    const [from, to] = p.source === p.b ? [p.b, p.a] : [p.a, p.b];
    sentenceCounts.set(from, p.features.sourceSentences);
    sentenceCounts.set(to, p.features.targetSentences);
  }
  const info = new Map<string, MemberInfo>(ids.map((id) => [id, { id, date: docs.get(id)?.date, sentences: sentenceCounts.get(id) ?? 0 }]));
  const stories = buildStories(pairs, info);
  await store.replaceStories(stories);
  return stories;
}
