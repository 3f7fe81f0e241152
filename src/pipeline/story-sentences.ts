import type { Story } from '../stories/types.js';
import type { Store } from '../stores/store.js';
import { analyzeSentences } from '../text/index.js';

/** Documents loaded from the store at a time (bounds memory on large stores). */
const BATCH = 200;

/**
 * The sentences of every story member, by document id, split from the stored clean text the
 * same way verification split them, so `evidence.beads`, `added` and `dropped` index into them.
 * Members missing from the store are absent from the map.
 * @param store the store the stories came from
 * @param stories the stories whose members to load
 */
export async function loadStorySentences(store: Store, stories: readonly Story[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(stories.flatMap((s) => s.members.flatMap((m) => (m.source ? [m.document, m.source] : [m.document]))))].sort();
  const out = new Map<string, string[]>();
  for (let i = 0; i < ids.length; i += BATCH) {
    const docs = await store.getDocuments(ids.slice(i, i + BATCH));
    for (const [id, doc] of docs) out.set(id, analyzeSentences(doc.cleanText, doc.language).map((s) => s.text));
  }
  return out;
}
