import type { RedisContext } from './redis-context.js';

/**
 * Postings of the Redis store: per bucket hash, field = index key (or content hash), value =
 * the version numbers of the documents that carry it, packed as fixed-width little-endian
 * integers. A version number maps back to its document through the `n:` buckets; a posting
 * counts only while its version is its document's visible one (see redis-writes.ts).
 */

/** Bytes per packed version: 2⁴⁰ ≈ 1.1 × 10¹² numbers, room for 10⁹ documents rewritten many times (batch tokens share the sequence). */
export const MEMBER_BYTES = 5;

/**
 * Longest posting list kept among a bucket's short lists, in bytes: 12 members, within Redis's
 * default `hash-max-listpack-value` of 64 so short-list buckets stay listpacks.
 */
export const SHORT_LIST_BYTES = 12 * MEMBER_BYTES;

/** The hash of a bucket's long posting lists (same hash tag, so the same slot). */
export function longLists(bucket: string): string {
  return `${bucket}:long`;
}

/** One posting: which bucket, which field in it, which document version. */
export interface PostingEntry {
  bucket: string;
  field: string;
  version: number;
}

/** Packs version numbers into one byte string. */
export function packVersions(versions: readonly number[]): Buffer {
  const out = Buffer.allocUnsafe(versions.length * MEMBER_BYTES);
  versions.forEach((v, i) => out.writeUIntLE(v, i * MEMBER_BYTES, MEMBER_BYTES));
  return out;
}

/** Unpacks what `packVersions` wrote (a trailing partial member is ignored). */
export function unpackVersions(packed: Buffer): number[] {
  const versions: number[] = [];
  for (let at = 0; at + MEMBER_BYTES <= packed.length; at += MEMBER_BYTES) versions.push(packed.readUIntLE(at, MEMBER_BYTES));
  return versions;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Script arguments per bucket: field, packed versions, field, packed versions, … */
function argumentsByBucket(entries: readonly PostingEntry[]): Map<string, (string | Buffer)[]> {
  const grouped = new Map<string, Map<string, number[]>>();
  for (const { bucket, field, version } of entries) {
    const fields = grouped.get(bucket) ?? new Map<string, number[]>();
    const list = fields.get(field) ?? [];
    list.push(version);
    fields.set(field, list);
    grouped.set(bucket, fields);
  }
  return new Map([...grouped].map(([bucket, fields]) => [bucket, [...fields].flatMap(([field, versions]) => [field, packVersions(versions)])]));
}

/** Adds postings: one script call per bucket touched. */
export async function addPostings(ctx: RedisContext, entries: readonly PostingEntry[]): Promise<void> {
  await Promise.all([...argumentsByBucket(entries)].map(([bucket, args]) => ctx.scripts.storytraceAppendPostings(bucket, longLists(bucket), String(SHORT_LIST_BYTES), ...args)));
}

/** Removes postings (absent ones are ignored): one script call per bucket touched. */
export async function dropPostings(ctx: RedisContext, entries: readonly PostingEntry[]): Promise<void> {
  await Promise.all([...argumentsByBucket(entries)].map(([bucket, args]) => ctx.scripts.storytraceRemovePostings(bucket, longLists(bucket), String(MEMBER_BYTES), ...args)));
}

/** What a posting list read returned: its raw size, and its versions when within the limit. */
export interface PostingRead {
  count: number;
  versions: number[] | undefined;
}

/**
 * Reads the posting lists of `fields` (unique), each from the bucket `bucketOf` names. Lists
 * longer than `limit` members come back as their size only; empty ones are absent.
 */
export async function readPostings(ctx: RedisContext, fields: readonly string[], bucketOf: (field: string) => string, limit: number): Promise<Map<string, PostingRead>> {
  const byBucket = new Map<string, string[]>();
  for (const field of fields) {
    pushTo(byBucket, bucketOf(field), field);
  }
  const maxBytes = Number.isFinite(limit) ? String(Math.max(0, limit) * MEMBER_BYTES) : '-1';
  const groups = [...byBucket];
  const replies = await Promise.all(groups.map(([bucket, list]) => ctx.scripts.storytraceReadPostingsBuffer(bucket, longLists(bucket), maxBytes, ...list)));
  const found = new Map<string, PostingRead>();
  groups.forEach(([, list], g) => {
    list.forEach((field, i) => {
      const reply = replies[g]?.[i];
      if (typeof reply === 'number') found.set(field, { count: Math.floor(reply / MEMBER_BYTES), versions: undefined });
      else if (reply !== undefined && reply.length > 0) {
        const versions = unpackVersions(reply);
        found.set(field, { count: versions.length, versions });
      }
    });
  });
  return found;
}

/** The document id each version number belongs to (versions whose name entry is gone are absent). */
export async function namesOf(ctx: RedisContext, versions: Iterable<number>): Promise<Map<number, string>> {
  const byBucket = new Map<string, number[]>();
  for (const v of new Set(versions)) {
    pushTo(byBucket, ctx.keys.names(v), v);
  }
  const groups = [...byBucket];
  const replies = await Promise.all(groups.map(([bucket, list]) => ctx.client.hmget(bucket, ...list.map(String))));
  const names = new Map<number, string>();
  groups.forEach(([, list], g) => list.forEach((v, i) => {
    const id = replies[g]?.[i];
    if (id != null) names.set(v, id);
  }));
  return names;
}
