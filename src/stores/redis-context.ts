import type { RedisClient } from './redis-client.js';
import { decodeKeys } from './redis-document-codec.js';
import type { RedisKeys } from './redis-keys.js';
import { dropPostings, type PostingEntry } from './redis-postings.js';
import { DOC_FIELDS as F, TOMBSTONE_VERSION } from './redis-scripts.js';

export type { RedisClient } from './redis-client.js';

/** The scripts the connection defines (see redis-scripts.ts). */
export interface RedisScripts {
  storytraceRollForward(documentKey: string, token: string): Promise<number>;
  storytraceCompactPairs(pairsKey: string, token: string, ...partners: string[]): Promise<number>;
  storytraceAppendPostings(bucket: string, longLists: string, maxShortBytes: string, ...fieldsAndMembers: (string | Buffer)[]): Promise<number>;
  storytraceRemovePostings(bucket: string, longLists: string, width: string, ...fieldsAndMembers: (string | Buffer)[]): Promise<number>;
  /** Per field: packed members (Buffer), their byte length when over the limit (number), or an empty Buffer. */
  storytraceReadPostingsBuffer(bucket: string, longLists: string, maxBytes: string, ...fields: string[]): Promise<(Buffer | number)[]>;
}

/** What the store's helpers share: the connection and the key names. */
export interface RedisContext {
  client: RedisClient;
  scripts: RedisScripts;
  keys: RedisKeys;
}

/** Which of the batch tokens have committed (are in the commit ledger). */
export async function committedTokens(ctx: RedisContext, tokens: Iterable<string>): Promise<Set<string>> {
  const list = [...new Set(tokens)];
  if (list.length === 0) return new Set();
  const flags = await ctx.client.smismember(ctx.keys.committed, ...list);
  return new Set(list.filter((_, i) => flags[i] === 1));
}

/**
 * The visible version of each document: its pending version when that version's batch has
 * committed (a deletion makes it absent), else its committed one. Documents without a visible
 * version are absent from the map. Posting members of any other version are invisible.
 */
export async function visibleVersions(ctx: RedisContext, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await Promise.all(ids.map((id) => ctx.client.hmget(ctx.keys.document(id), F.version, F.pendingToken, F.pendingVersion)));
  const committed = await committedTokens(ctx, rows.flatMap((row) => (row[1] ? [row[1]] : [])));
  const versions = new Map<string, number>();
  ids.forEach((id, i) => {
    const [version, token, pendingVersion] = rows[i] ?? [];
    const visible = token && committed.has(token) ? pendingVersion : version;
    if (visible && visible !== TOMBSTONE_VERSION) versions.set(id, Number(visible));
  });
  return versions;
}

/** A document version whose postings are to be removed once it can no longer become visible. */
export interface StaleVersion {
  id: string;
  version: number;
  hash: string;
  keys: string[];
}

/** The committed state of a document before a write, and versions whose postings are garbage. */
export interface PriorState {
  current: StaleVersion | undefined;
  stale: StaleVersion[];
}

function staleVersion(id: string, version: string | undefined, hash: string | undefined, keys: Buffer | null | undefined): StaleVersion | undefined {
  if (!version || version === TOMBSTONE_VERSION || hash === undefined) return undefined;
  return { id, version: Number(version), hash, keys: keys ? decodeKeys(keys) : [] };
}

/**
 * Reads what a batch is about to replace. A pending version whose batch committed but whose
 * writer died before rolling it forward is rolled forward here first (so it is not lost); a
 * pending version whose batch never committed is dead, and its postings are collected for
 * removal together with those of the version it would have replaced.
 */
export async function priorStates(ctx: RedisContext, ids: readonly string[]): Promise<Map<string, PriorState>> {
  const fields = [F.version, F.hash, F.keys, F.pendingToken, F.pendingVersion, F.pendingHash, F.pendingKeys, F.pendingReplaces];
  const rows = await Promise.all(ids.map((id) => ctx.client.hmgetBuffer(ctx.keys.document(id), ...fields)));
  const text = (b: Buffer | null | undefined): string | undefined => (b == null ? undefined : b.toString('utf8'));
  const committed = await committedTokens(ctx, rows.flatMap((row) => (row[3] ? [row[3].toString('utf8')] : [])));
  const states = new Map<string, PriorState>();
  await Promise.all(
    ids.map(async (id, i) => {
      const row = rows[i] ?? [];
      const [version, hash, token, pVersion, pHash, pReplaces] = [row[0], row[1], row[3], row[4], row[5], row[7]].map(text);
      const [keys, pKeys] = [row[2], row[6]];
      const pending = staleVersion(id, pVersion, pHash, pKeys);
      if (token && committed.has(token)) {
        await ctx.scripts.storytraceRollForward(ctx.keys.document(id), token);
        const replaced = pReplaces ? (JSON.parse(pReplaces) as StaleVersion | null) : null;
        states.set(id, { current: pending, stale: replaced ? [replaced] : [] });
      } else {
        states.set(id, { current: staleVersion(id, version, hash, keys), stale: pending ? [pending] : [] });
      }
    }),
  );
  return states;
}

/** Removes the postings and the name entries of versions that can no longer become visible. */
export async function removePostings(ctx: RedisContext, versions: readonly StaleVersion[]): Promise<void> {
  const entries: PostingEntry[] = [];
  for (const v of versions) {
    entries.push({ bucket: ctx.keys.hashPosting(v.hash), field: v.hash, version: v.version });
    for (const key of v.keys) entries.push({ bucket: ctx.keys.posting(key), field: key, version: v.version });
  }
  await dropPostings(ctx, entries);
  // Names go last: a posting whose name is gone is invisible, so dropping them first is also safe.
  await Promise.all(versions.map((v) => ctx.client.hdel(ctx.keys.names(v.version), String(v.version))));
}
