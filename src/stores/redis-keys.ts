/**
 * Key names of the Redis store. Every key starts with `<prefix>:` so several indexes share a
 * server. On a Cluster a key's slot comes from its `{hash tag}`:
 * - one document's records (its document hash, its pairs, its reverse-pair hints) share the tag
 *   `{<id>}`, so a document's own roll-forward runs as one script on one node;
 * - the index-wide records (id set, unverified set, commit ledger, token clock, meta, stories) share the tag
 *   `{<prefix>}`, so a batch's commit is one MULTI on one node;
 * - posting sets (`k:` index keys, `h:` content hashes) spread over the cluster by their name.
 */

/** Prefixes allowed in a store spec: they go inside hash tags, so no braces. */
export const PREFIX_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

/** Separates an id from its version in posting members and from the batch token in pair fields; ids never contain NUL. */
export const SEPARATOR = '\u0000';

// Escape the characters that would end or open a hash tag early, so the whole id is the tag.
// An empty id becomes "%", which escaping never produces on its own.
function tag(id: string): string {
  if (id === '') return '%';
  return id.replace(/[%{}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** All key names of one index. */
export class RedisKeys {
  /** The id set, the commit ledger and the token clock of the index, all in one slot. */
  readonly ids: string;
  readonly committed: string;
  readonly clock: string;
  readonly meta: string;
  readonly stories: string;
  /** Ids that have (or had) pairs as `a`: the places `listPairs()` looks. */
  readonly pairHolders: string;
  /** Documents whose candidate pairs are not verified yet. */
  readonly unverified: string;

  constructor(readonly prefix: string) {
    const global = `${prefix}:{${prefix}}`;
    this.ids = `${global}:ids`;
    this.committed = `${global}:committed`;
    this.clock = `${global}:clock`;
    this.meta = `${global}:meta`;
    this.stories = `${global}:stories`;
    this.pairHolders = `${global}:pair-holders`;
    this.unverified = `${global}:unverified`;
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

  /** Posting set of an index key: members `id NUL version`. */
  posting(key: string): string {
    return `${this.prefix}:k:${key}`;
  }

  /** Posting set of a content hash: members `id NUL version`. */
  hashPosting(hash: string): string {
    return `${this.prefix}:h:${hash}`;
  }
}

/** A posting member: the document id and the version of it that carries the key. */
export function postingMember(id: string, version: number): string {
  return `${id}${SEPARATOR}${version.toString(36)}`;
}

/** Splits a posting member; undefined for a malformed one. */
export function parsePostingMember(member: string): { id: string; version: number } | undefined {
  const cut = member.lastIndexOf(SEPARATOR);
  if (cut < 0) return undefined;
  const version = parseInt(member.slice(cut + 1), 36);
  return Number.isFinite(version) ? { id: member.slice(0, cut), version } : undefined;
}
