import type { PairResult } from '../relate/types.js';
import type { Story } from '../stories/types.js';
import { compareIds, sortedUnique } from './compare-ids.js';
import { committedTokens, visibleVersions, type RedisContext } from './redis-context.js';
import { decodeDocument } from './redis-document-codec.js';
import { SEPARATOR } from './redis-keys.js';
import { namesOf, readPostings } from './redis-postings.js';
import { DOC_FIELDS as F, TOMBSTONE_VERSION } from './redis-scripts.js';
import { checkExec, deleteDocuments, putDocuments, putPairs } from './redis-writes.js';
import { keyPostingsOf, type KeyPosting, type KeyPostings } from './key-postings.js';
import type { Store, StoredDocument } from './store.js';

const DOCUMENT_FIELDS = [F.version, F.hash, F.data, F.signature, F.keys, F.pendingToken, F.pendingVersion, F.pendingHash, F.pendingData, F.pendingSignature, F.pendingKeys];

/**
 * A store in Redis, standalone or Cluster (see redis-writes.ts for how a batch stays atomic
 * across slots, and redis-keys.ts for the key layout). Holds no cached state: every answer is
 * read from Redis, so any number of processes can share one index. Open it with
 * `createStore('redis://…')`; errors name the server and the action that failed.
 */
export class RedisStore implements Store {
  private closed = false;

  /**
   * @param ctx an open connection with the store's scripts defined, and the key names
   * @param address `host:port[,…]` for messages
   */
  constructor(private readonly ctx: RedisContext, readonly address: string) {}

  /** The key prefix of this index. */
  get prefix(): string {
    return this.ctx.keys.prefix;
  }

  /** Adds or replaces documents; a replaced document's old keys are removed. One atomic batch. */
  putDocuments(docs: readonly StoredDocument[]): Promise<void> {
    return this.guard('writing documents', () => putDocuments(this.ctx, docs));
  }

  /** Documents by id; missing ids are absent from the map. */
  getDocuments(ids: readonly string[]): Promise<Map<string, StoredDocument>> {
    return this.guard('reading documents', async () => {
      const unique = [...new Set(ids)];
      const { client, keys } = this.ctx;
      const rows = await Promise.all(unique.map((id) => client.hmgetBuffer(keys.document(id), ...DOCUMENT_FIELDS)));
      const committed = await committedTokens(this.ctx, rows.flatMap((row) => (row[5] ? [row[5].toString()] : [])));
      const found = new Map<string, StoredDocument>();
      unique.forEach((id, i) => {
        const [version, hash, data, signature, docKeys, token, pVersion, pHash, pData, pSignature, pKeys] = rows[i] ?? [];
        const pending = token != null && committed.has(token.toString());
        const visible = pending ? pVersion : version;
        if (visible == null || visible.toString() === TOMBSTONE_VERSION) return;
        const parts = pending ? [pHash, pData, pSignature, pKeys] : [hash, data, signature, docKeys];
        const [h, d, s, k] = parts;
        if (h == null || d == null || s == null || k == null) throw new Error(`document ${id} is incomplete in Redis`);
        found.set(id, decodeDocument(id, { hash: h, data: d, signature: s, keys: k }));
      });
      return found;
    });
  }

  /** All document ids, sorted with `compareIds`. */
  listDocumentIds(): Promise<string[]> {
    return this.guard('listing documents', async () => (await this.ctx.client.smembers(this.ctx.keys.ids)).sort(compareIds));
  }

  /** Number of documents, read from Redis (exact: the id set changes only in a batch's commit). */
  countDocuments(): Promise<number> {
    return this.guard('counting documents', () => this.ctx.client.scard(this.ctx.keys.ids));
  }

  /** Removes documents, their keys and every pair that involves them. One atomic batch. */
  deleteDocuments(ids: readonly string[]): Promise<void> {
    return this.guard('deleting documents', () => deleteDocuments(this.ctx, ids));
  }

  /** Documents whose pairs are not verified yet, sorted with `compareIds`. */
  listUnverified(): Promise<string[]> {
    return this.guard('listing unverified documents', async () => (await this.ctx.client.smembers(this.ctx.keys.unverified)).sort(compareIds));
  }

  /** Marks documents verified (one SREM, atomic). */
  markVerified(ids: readonly string[]): Promise<void> {
    return this.guard('marking documents verified', async () => {
      if (ids.length > 0) await this.ctx.client.srem(this.ctx.keys.unverified, ...ids);
    });
  }

  /** Sorted document ids per content hash, for the hashes that are present. */
  findByHash(hashes: readonly string[]): Promise<Map<string, string[]>> {
    return this.guard('finding documents by hash', async () => {
      const unique = [...new Set(hashes)];
      const read = await readPostings(this.ctx, unique, (hash) => this.ctx.keys.hashPosting(hash), Number.POSITIVE_INFINITY);
      const visible = await this.visibleIds(new Map(unique.map((hash) => [hash, read.get(hash)?.versions ?? []])));
      return new Map([...visible].filter(([, ids]) => ids.length > 0));
    });
  }

  /**
   * What the index keys list, in columns (see {@link KeyPostings}); a key's ids sorted. Counts
   * first, then ids only for keys within the limit. The count of a key above the limit is its
   * posting list's size, which while another process's batch is in flight (or after a writer was
   * killed) may include postings not yet (or never) visible: an upper bound, exact when no write
   * is pending.
   * @param keys keys to look up, repeats allowed
   * @param limit keys with more documents than this list none, only their count; default unlimited
   */
  lookupPostings(keys: readonly string[], limit = Number.POSITIVE_INFINITY): Promise<KeyPostings> {
    return this.guard('looking up keys', async () => {
      const unique = sortedUnique(keys);
      const read = await readPostings(this.ctx, unique, (key) => this.ctx.keys.posting(key), limit);
      const found = new Map<string, KeyPosting>();
      const small = new Map<string, number[]>();
      for (const key of unique) {
        const posting = read.get(key);
        if (posting === undefined) continue;
        if (posting.versions === undefined) found.set(key, { count: posting.count, ids: [] });
        else small.set(key, posting.versions);
      }
      const visible = await this.visibleIds(small);
      for (const [key, ids] of visible) if (ids.length > 0) found.set(key, { count: ids.length, ids });
      return keyPostingsOf(keys, (key) => found.get(key));
    });
  }

  /** Adds or replaces pairs, keyed by (a, b). One atomic batch. */
  putPairs(pairs: readonly PairResult[]): Promise<void> {
    return this.guard('writing pairs', () => putPairs(this.ctx, pairs));
  }

  /** Pairs that involve any of `ids` (all pairs when omitted), sorted by (a, b). */
  listPairs(ids?: readonly string[]): Promise<PairResult[]> {
    return this.guard('listing pairs', async () => {
      const { client, keys } = this.ctx;
      const wanted = ids === undefined ? undefined : new Set(ids);
      let holders: string[];
      if (wanted === undefined) holders = await client.smembers(keys.pairHolders);
      else {
        const partners = await Promise.all([...wanted].map((id) => client.smembers(keys.pairedBy(id))));
        holders = sortedUnique([...wanted, ...partners.flat()]);
      }
      const hashes = await Promise.all(holders.map((a) => client.hgetall(keys.pairs(a))));
      const entries = holders.flatMap((a, i) =>
        Object.entries(hashes[i] ?? {}).map(([field, value]) => {
          const cut = field.indexOf(SEPARATOR);
          return { a, b: field.slice(0, cut), token: field.slice(cut + 1), value };
        }),
      );
      const committed = await committedTokens(this.ctx, entries.map((e) => e.token));
      // The latest committed entry of each (a, b) decides; '' means the pair was deleted.
      const latest = new Map<string, (typeof entries)[number]>();
      for (const entry of entries) {
        if (!committed.has(entry.token)) continue;
        const id = `${entry.a}${SEPARATOR}${entry.b}`;
        const seen = latest.get(id);
        if (seen === undefined || Number(entry.token) > Number(seen.token)) latest.set(id, entry);
      }
      const pairs: PairResult[] = [];
      for (const { a, b, value } of latest.values()) {
        if (value === '' || (wanted !== undefined && !wanted.has(a) && !wanted.has(b))) continue;
        pairs.push({ a, b, ...(JSON.parse(value) as Omit<PairResult, 'a' | 'b'>) });
      }
      return pairs.sort((x, y) => compareIds(x.a, y.a) || compareIds(x.b, y.b));
    });
  }

  /** Replaces all stories (a later story with a repeated id wins), in one MULTI. */
  replaceStories(stories: readonly Story[]): Promise<void> {
    return this.guard('writing stories', async () => {
      const byId = new Map(stories.map((story) => [story.id, JSON.stringify(story)]));
      const transaction = this.ctx.client.multi().del(this.ctx.keys.stories);
      if (byId.size > 0) transaction.hset(this.ctx.keys.stories, Object.fromEntries(byId));
      checkExec(await transaction.exec());
    });
  }

  /** Stories sorted by id. */
  listStories(): Promise<Story[]> {
    return this.guard('listing stories', async () =>
      (await this.ctx.client.hvals(this.ctx.keys.stories)).map((data) => JSON.parse(data) as Story).sort((x, y) => compareIds(x.id, y.id)),
    );
  }

  /** The value stored under `key`, or undefined. */
  getMeta(key: string): Promise<string | undefined> {
    return this.guard('reading meta', async () => (await this.ctx.client.hget(this.ctx.keys.meta, key)) ?? undefined);
  }

  /** Stores `value` under `key`, replacing any earlier value. */
  setMeta(key: string, value: string): Promise<void> {
    return this.guard('writing meta', async () => {
      await this.ctx.client.hset(this.ctx.keys.meta, key, value);
    });
  }

  /** Closes the connection; calling it again does nothing. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.ctx.client.quit();
    } catch {
      // The server is gone already: drop the socket without waiting for it.
      this.ctx.client.disconnect();
    }
  }

  /** Per group, the ids of the versions that are their document's visible one; sorted. */
  private async visibleIds(groups: Map<string, number[]>): Promise<Map<string, string[]>> {
    const names = await namesOf(this.ctx, [...groups.values()].flat());
    const versions = await visibleVersions(this.ctx, sortedUnique([...names.values()]));
    const visible = (v: number): string[] => {
      const id = names.get(v);
      return id !== undefined && versions.get(id) === v ? [id] : [];
    };
    return new Map([...groups].map(([group, list]) => [group, sortedUnique(list.flatMap(visible))]));
  }

  private async guard<T>(action: string, body: () => Promise<T>): Promise<T> {
    if (this.closed) throw new Error(`Redis store ${this.address}: ${action} failed: the store is closed`);
    try {
      return await body();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Redis store ${this.address} (prefix ${this.prefix}): ${action} failed: ${message}`, { cause: error });
    }
  }
}
