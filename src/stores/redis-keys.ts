import { hashString, mix32 } from '../sketch/hash.js';

/**
 * Key names of the Redis store. Every key starts with `<prefix>:` so several indexes share a
 * server. On a Cluster a key's slot comes from its `{hash tag}`:
 * - one document's records (its document hash, its pairs, its reverse-pair hints) share the tag
 *   `{<id>}`, so a document's own roll-forward runs as one script on one node;
 * - the index-wide records (id set, unverified set, commit ledger, clock, meta, stories,
 *   layout) share the tag `{<prefix>}`, so a batch's commit is one MULTI on one node;
 * - postings live in a fixed number of bucket hashes per family (`k:` index keys, `h:` content
 *   hashes), field = the key, value = packed version numbers; each bucket is its own tag, so
 *   buckets spread over the cluster. Version numbers map back to ids through `n:` buckets of
 *   {@link NAMES_PER_BUCKET} numbers each.
 * One key per index key (the first layout) cost ≈ 250 bytes of Redis bookkeeping per key and
 * ≈ 200 keys per document; buckets share that cost among their fields.
 */

/** Prefixes allowed in a store spec: they go inside hash tags, so no braces. */
export const PREFIX_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

/** Separates the partner from the batch token in pair fields; ids never contain NUL. */
export const SEPARATOR = '\u0000';

/**
 * Index-key buckets per content-hash bucket: a document has one content hash but ≈ 100
 * distinct index keys, so content hashes fill buckets that much more slowly.
 */
export const HASH_BUCKET_RATIO = 64;

/** Version numbers per `n:` bucket: 128 keeps a bucket a listpack under Redis's default `hash-max-listpack-entries`. */
export const NAMES_PER_BUCKET = 128;

// Escape the characters that would end or open a hash tag early, so the whole id is the tag.
// An empty id becomes "%", which escaping never produces on its own.
function tag(id: string): string {
  if (id === '') return '%';
  return id.replace(/[%{}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The posting bucket of a key among `buckets` (a power of two); stable across runs and machines. */
export function bucketOf(key: string, buckets: number): number {
  return mix32(hashString(key)) & (buckets - 1);
}

/** All key names of one index. */
export class RedisKeys {
  /** The id set, the commit ledger and the clock of the index, all in one slot. */
  readonly ids: string;
  readonly committed: string;
  /** Counter that hands out batch tokens and document version numbers (one sequence). */
  readonly clock: string;
  readonly meta: string;
  readonly stories: string;
  /** Ids that have (or had) pairs as `a`: the places `listPairs()` looks. */
  readonly pairHolders: string;
  /** Documents whose candidate pairs are not verified yet. */
  readonly unverified: string;
  /** Hash of the index's layout version and posting bucket count. */
  readonly layout: string;

  /**
   * @param prefix the index's key prefix
   * @param buckets index-key posting buckets (a power of two), as recorded in the index's layout;
   *   content hashes get 1/{@link HASH_BUCKET_RATIO} of that
   */
  constructor(readonly prefix: string, readonly buckets = 1) {
    const global = `${prefix}:{${prefix}}`;
    this.ids = `${global}:ids`;
    this.committed = `${global}:committed`;
    this.clock = `${global}:clock`;
    this.meta = `${global}:meta`;
    this.stories = `${global}:stories`;
    this.pairHolders = `${global}:pair-holders`;
    this.unverified = `${global}:unverified`;
    this.layout = `${global}:layout`;
  }

  /** The hash holding a document's committed and pending versions. */
  document(id: string): string {
    return `${this.prefix}:d:{${tag(id)}}`;
  }

  /** The hash of pairs whose `a` is `id`: field `b NUL token`, value JSON ('' deletes). */
  pairs(id: string): string {
    return `${this.prefix}:p:{${tag(id)}}`;
  }

  /** Hint set of the `a`s of pairs whose `b` is `id`. */
  pairedBy(id: string): string {
    return `${this.prefix}:r:{${tag(id)}}`;
  }

  /** The bucket hash holding an index key's postings (field: the key). */
  posting(key: string): string {
    return `${this.prefix}:k:{k${bucketOf(key, this.buckets)}}`;
  }

  /** The bucket hash holding a content hash's postings (field: the hash). */
  hashPosting(hash: string): string {
    return `${this.prefix}:h:{h${bucketOf(hash, Math.max(1, this.buckets / HASH_BUCKET_RATIO))}}`;
  }

  /** The hash that maps version numbers (fields) of one range to document ids. */
  names(version: number): string {
    return `${this.prefix}:n:{n${Math.floor(version / NAMES_PER_BUCKET)}}`;
  }
}
