import type { PairResult } from '../relate/types.js';
import type { Story } from '../stories/types.js';
import type { Store, StoredDocument } from './store.js';

const pairKey = (a: string, b: string): string => `${a}\u0000${b}`;

/**
 * A store in process memory, for one-off runs and tests. Values are copied on the way in
 * and out, so callers never share state with the store.
 */
export class MemoryStore implements Store {
  private readonly documents = new Map<string, StoredDocument>();
  private readonly keys = new Map<string, Set<string>>();
  private readonly pairs = new Map<string, PairResult>();
  private stories: Story[] = [];
  private readonly meta = new Map<string, string>();

  async putDocuments(docs: readonly StoredDocument[]): Promise<void> {
    for (const doc of docs) {
      this.unindex(doc.id);
      this.documents.set(doc.id, structuredClone(doc));
      for (const k of doc.keys) {
        let ids = this.keys.get(k);
        if (!ids) this.keys.set(k, (ids = new Set()));
        ids.add(doc.id);
      }
    }
  }

  async getDocuments(ids: readonly string[]): Promise<Map<string, StoredDocument>> {
    const out = new Map<string, StoredDocument>();
    for (const id of ids) {
      const doc = this.documents.get(id);
      if (doc) out.set(id, structuredClone(doc));
    }
    return out;
  }

  async listDocumentIds(): Promise<string[]> {
    return [...this.documents.keys()].sort();
  }

  async countDocuments(): Promise<number> {
    return this.documents.size;
  }

  async deleteDocuments(ids: readonly string[]): Promise<void> {
    const gone = new Set(ids);
    for (const id of ids) {
      this.unindex(id);
      this.documents.delete(id);
    }
    for (const [k, p] of this.pairs) if (gone.has(p.a) || gone.has(p.b)) this.pairs.delete(k);
  }

  async findByHash(hashes: readonly string[]): Promise<Map<string, string[]>> {
    const wanted = new Set(hashes);
    const out = new Map<string, string[]>();
    for (const id of await this.listDocumentIds()) {
      const h = this.documents.get(id)?.contentHash;
      if (h !== undefined && wanted.has(h)) out.set(h, [...(out.get(h) ?? []), id]);
    }
    return out;
  }

  async lookupKeys(keys: readonly string[], limit = Infinity): Promise<Map<string, { count: number; ids: string[] }>> {
    const out = new Map<string, { count: number; ids: string[] }>();
    for (const k of keys) {
      const ids = this.keys.get(k);
      if (!ids || ids.size === 0) continue;
      out.set(k, { count: ids.size, ids: ids.size > limit ? [] : [...ids].sort() });
    }
    return out;
  }

  async putPairs(pairs: readonly PairResult[]): Promise<void> {
    for (const p of pairs) this.pairs.set(pairKey(p.a, p.b), structuredClone(p));
  }

  async listPairs(ids?: readonly string[]): Promise<PairResult[]> {
    const wanted = ids ? new Set(ids) : undefined;
    return [...this.pairs.values()]
      .filter((p) => !wanted || wanted.has(p.a) || wanted.has(p.b))
      .sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
      .map((p) => structuredClone(p));
  }

  async replaceStories(stories: readonly Story[]): Promise<void> {
    this.stories = structuredClone([...stories]);
  }

  async listStories(): Promise<Story[]> {
    return structuredClone(this.stories).sort((x, y) => x.id.localeCompare(y.id));
  }

  async getMeta(key: string): Promise<string | undefined> {
    return this.meta.get(key);
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.meta.set(key, value);
  }

  async close(): Promise<void> {}

  private unindex(id: string): void {
    const old = this.documents.get(id);
    if (!old) return;
    for (const k of old.keys) {
      const ids = this.keys.get(k);
      ids?.delete(id);
      if (ids?.size === 0) this.keys.delete(k);
    }
  }
}
