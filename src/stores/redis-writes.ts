import type { PairResult } from '../relate/types.js';
import { sortedUnique } from './compare-ids.js';
import { encodeDocument } from './redis-document-codec.js';
import { SEPARATOR } from './redis-keys.js';
import { addPostings, type PostingEntry } from './redis-postings.js';
import { priorStates, removePostings, type RedisContext, type StaleVersion } from './redis-context.js';
import { DOC_FIELDS as F, TOMBSTONE_VERSION } from './redis-scripts.js';
import type { StoredDocument } from './store.js';

/*
 * How a batch stays all-or-nothing on a Cluster, where one MULTI cannot span slots:
 *
 * 1. stage   – take a batch token and one version number per document (one INCRBY of the
 *              index clock); write every record of the batch where readers ignore it: a
 *              document's new version goes into the *pending* fields of its hash, its postings
 *              are its version number packed into bucket fields, the version's name entry maps
 *              it back to the id, pairs are fields "b NUL token". Nothing staged is visible:
 *              readers show a pending version or pair only when its token is in the commit
 *              ledger, and a posting only when its version is the document's visible one.
 * 2. commit  – one MULTI on the index's own slot adds the token to the ledger and updates the
 *              id set and the unverified set. This single atomic step makes the whole batch visible at once.
 * 3. tidy    – roll each document's pending version into its committed fields (a script on the
 *              document's slot), drop superseded pair entries, remove the postings of replaced
 *              versions. Readers already see the new state before this; it only reclaims memory.
 *
 * A writer killed in stage leaves invisible garbage: the next write of the same document
 * removes it (see priorStates), names included. One killed between commit and tidy leaves a committed batch
 * that readers resolve through the ledger, and the next writer rolls forward. Ledger tokens
 * are never removed, since a reader may hold a pending field whose token it has yet to check.
 * Two processes writing the same document at once: the later roll-forward wins; the loser's
 * postings stay invisible until that document is written again.
 */

async function newToken(ctx: RedisContext): Promise<string> {
  return String(await ctx.client.incr(ctx.keys.clock));
}

async function tidyDocuments(ctx: RedisContext, token: string, ids: readonly string[], stale: readonly StaleVersion[]): Promise<void> {
  await Promise.all(ids.map((id) => ctx.scripts.storytraceRollForward(ctx.keys.document(id), token)));
  await removePostings(ctx, stale);
}

/** Adds or replaces documents as one batch (later duplicates of an id win). */
export async function putDocuments(ctx: RedisContext, docs: readonly StoredDocument[]): Promise<void> {
  const latest = new Map(docs.map((doc) => [doc.id, doc]));
  const ids = [...latest.keys()];
  if (ids.length === 0) return;
  const prior = await priorStates(ctx, ids);
  // One number range per batch: the token first, then a fresh version number per document.
  const last = await ctx.client.incrby(ctx.keys.clock, ids.length + 1);
  const token = String(last - ids.length);
  const postings: PostingEntry[] = [];
  const staged: Promise<unknown>[] = [];
  ids.forEach((id, i) => {
    const doc = latest.get(id);
    if (doc === undefined) return;
    const version = last - ids.length + 1 + i;
    const keys = sortedUnique(doc.keys);
    const encoded = encodeDocument(doc, keys);
    for (const key of keys) postings.push({ bucket: ctx.keys.posting(key), field: key, version });
    postings.push({ bucket: ctx.keys.hashPosting(encoded.hash), field: encoded.hash, version });
    staged.push(ctx.client.hset(ctx.keys.names(version), String(version), id));
    staged.push(
      ctx.client.hset(ctx.keys.document(id), {
        [F.pendingToken]: token,
        [F.pendingVersion]: String(version),
        [F.pendingHash]: encoded.hash,
        [F.pendingData]: encoded.data,
        [F.pendingSignature]: encoded.signature,
        [F.pendingKeys]: encoded.keys,
        [F.pendingReplaces]: JSON.stringify(prior.get(id)?.current ?? null),
      }),
    );
  });
  staged.push(addPostings(ctx, postings));
  await Promise.all(staged);
  await ctx.client.multi().sadd(ctx.keys.committed, token).sadd(ctx.keys.ids, ...ids).sadd(ctx.keys.unverified, ...ids).exec().then(checkExec);
  const stale = [...prior.values()].flatMap((p) => (p.current ? [p.current, ...p.stale] : p.stale));
  await tidyDocuments(ctx, token, ids, stale);
}

/** Removes documents, their postings and every pair that involves them, as one batch. */
export async function deleteDocuments(ctx: RedisContext, given: readonly string[]): Promise<void> {
  const ids = sortedUnique(given);
  if (ids.length === 0) return;
  const prior = await priorStates(ctx, ids);
  const present = ids.filter((id) => prior.get(id)?.current !== undefined);
  const [holders, partners] = await Promise.all([
    Promise.all(ids.map((id) => ctx.client.hkeys(ctx.keys.pairs(id)))),
    Promise.all(ids.map((id) => ctx.client.smembers(ctx.keys.pairedBy(id)))),
  ]);
  const token = await newToken(ctx);
  // Pair deletions per pairs hash: a → the partners b whose pair (a, b) goes.
  const doomed = new Map<string, Set<string>>();
  const doom = (a: string, b: string): void => {
    const set = doomed.get(a) ?? new Set<string>();
    set.add(b);
    doomed.set(a, set);
  };
  ids.forEach((x, i) => {
    for (const field of holders[i] ?? []) doom(x, field.slice(0, field.indexOf(SEPARATOR)));
    for (const a of partners[i] ?? []) doom(a, x);
  });
  const staged: Promise<unknown>[] = present.map((id) =>
    ctx.client.hset(ctx.keys.document(id), {
      [F.pendingToken]: token,
      [F.pendingVersion]: TOMBSTONE_VERSION,
      [F.pendingReplaces]: JSON.stringify(prior.get(id)?.current ?? null),
    }),
  );
  for (const [a, bs] of doomed) {
    staged.push(ctx.client.hset(ctx.keys.pairs(a), Object.fromEntries([...bs].map((b) => [`${b}${SEPARATOR}${token}`, '']))));
  }
  await Promise.all(staged);
  const commit = ctx.client.multi().sadd(ctx.keys.committed, token).srem(ctx.keys.unverified, ...ids);
  if (present.length > 0) commit.srem(ctx.keys.ids, ...present);
  await commit.exec().then(checkExec);
  const stale = [...prior.values()].flatMap((p) => (p.current ? [p.current, ...p.stale] : p.stale));
  await tidyDocuments(ctx, token, present, stale);
  await Promise.all([...doomed].map(([a, bs]) => ctx.scripts.storytraceCompactPairs(ctx.keys.pairs(a), token, ...bs)));
  await Promise.all(ids.map((id) => ctx.client.del(ctx.keys.pairedBy(id))));
}

/** Adds or replaces pairs as one batch (later duplicates of (a, b) win). */
export async function putPairs(ctx: RedisContext, pairs: readonly PairResult[]): Promise<void> {
  const latest = new Map(pairs.map((pair) => [`${pair.a}${SEPARATOR}${pair.b}`, pair]));
  if (latest.size === 0) return;
  const token = await newToken(ctx);
  const byHolder = new Map<string, Record<string, string>>();
  const staged: Promise<unknown>[] = [];
  for (const { a, b, ...rest } of latest.values()) {
    const fields = byHolder.get(a) ?? {};
    fields[`${b}${SEPARATOR}${token}`] = JSON.stringify(rest);
    byHolder.set(a, fields);
    staged.push(ctx.client.sadd(ctx.keys.pairedBy(b), a));
  }
  for (const [a, fields] of byHolder) staged.push(ctx.client.hset(ctx.keys.pairs(a), fields));
  await Promise.all(staged);
  await ctx.client.multi().sadd(ctx.keys.committed, token).sadd(ctx.keys.pairHolders, ...byHolder.keys()).exec().then(checkExec);
  await Promise.all(
    [...byHolder].map(([a, fields]) =>
      ctx.scripts.storytraceCompactPairs(ctx.keys.pairs(a), token, ...Object.keys(fields).map((f) => f.slice(0, f.indexOf(SEPARATOR)))),
    ),
  );
}

/** Throws the first error of a MULTI's replies (EXEC itself resolves even when a command failed). */
export function checkExec(replies: [Error | null, unknown][] | null): void {
  if (replies === null) throw new Error('transaction was aborted');
  for (const [error] of replies) if (error) throw error;
}
