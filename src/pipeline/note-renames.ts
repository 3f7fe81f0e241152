import type { Store } from '../stores/store.js';
import type { AnalysisWarning } from '../types.js';

/**
 * Notes for a file that looks renamed: a document added in this run whose text is exactly that
 * of a stored document under another id that this run did not read. A document's id is its
 * path relative to the folder named on the command line, so a renamed file is indexed as a new
 * document and its old id stays: re-indexing never removes anything, because a stored document
 * this run did not read may come from another folder or feed, and an exact copy elsewhere is
 * what storytrace exists to report. The note names the old id and the command that drops it.
 *
 * @param store The store, after this run's documents are written.
 * @param addedHashes This run's added (new or changed) documents: id → content hash.
 * @param read Every id this run read (added or unchanged).
 * @returns One warning per added document that has such a twin, naming the twins (sorted).
 */
export async function noteRenames(store: Store, addedHashes: ReadonlyMap<string, string>, read: ReadonlySet<string>): Promise<AnalysisWarning[]> {
  if (addedHashes.size === 0) return [];
  const byHash = await store.findByHash([...new Set(addedHashes.values())]);
  const notes: AnalysisWarning[] = [];
  for (const [id, hash] of addedHashes) {
    const others = (byHash.get(hash) ?? []).filter((other) => !read.has(other));
    if (others.length === 0) continue;
    const named = others.map((other) => JSON.stringify(other)).join(', ');
    notes.push({
      document: id,
      message: `same text as stored ${named}, not read this run: if it was renamed, "storytrace remove ${others.map(quoteArgument).join(' ')}" drops the old id`,
    });
  }
  return notes;
}

/** An id as a shell argument: bare when it is plain, else in single quotes. */
function quoteArgument(id: string): string {
  return /^[\w./@:+,-]+$/.test(id) ? id : `'${id.replace(/'/g, `'\\''`)}'`;
}
