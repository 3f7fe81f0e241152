import { setImmediate as nextTurn } from 'node:timers/promises';
import { analyzeDocument, batchBoilerplateContext } from '../pipeline/analyze-documents.js';
import { findCandidatePairs, pairKey, type IdPair } from '../pipeline/find-pairs.js';
import { partitionBatch } from '../pipeline/store-documents.js';
import { verifyPairs, ViewCache } from '../pipeline/verify-pairs.js';
import type { StoredDocument, Store } from '../stores/store.js';
import { loadBatch, loadPartition, settlePartition } from './batch-payloads.js';
import type { QueueClient } from './queue-connection.js';
import { RUN_KEY_TTL_SECONDS, type QueueKeys, type StoreJobData, type StoreJobResult, type VerifyJobData, type VerifyJobResult } from './queue-jobs.js';

/** What a job needs: the index, the queue's Redis, and the queue's key names. */
export interface JobContext {
  store: Store;
  client: QueueClient;
  keys: QueueKeys;
}

/**
 * Documents analysed, and pairs verified, between two turns of the event loop: the work is
 * synchronous, and BullMQ renews a job's lock on a timer; a job that starves the timer for a
 * whole lock duration would be taken for stalled and run twice. Candidate lookups give their
 * turn after each lookup group of `findCandidatePairs` (100 documents), which reads the shared
 * terms of the group once.
 */
const DOCS_PER_TURN = 5;
const PAIRS_PER_TURN = 50;
/**
 * Documents per store transaction: a 1000-document transaction holds SQLite (and the event
 * loop) for seconds on a loaded machine (8 s measured on 2 busy cores).
 */
const DOCS_PER_WRITE = 50;
/** Pairs claimed per script call. */
const CLAIMS_PER_CALL = 500;

/**
 * A store job: the first phase of indexing for one input batch, as `storeBatch` does it in
 * process, made safe to retry. The new-or-changed split of the first attempt is kept in Redis,
 * so a retry analyses the same documents with the same boilerplate context (whatever part of
 * them the first attempt wrote) and reports them as added, once.
 */
export async function runStoreJob(data: StoreJobData, { store, client, keys }: JobContext): Promise<StoreJobResult> {
  const raws = await loadBatch(client, keys.batch(data.runId, data.batch));
  const partitionKey = keys.partition(data.runId, data.batch);
  let freshAt = await loadPartition(client, partitionKey);
  if (freshAt === undefined) {
    const position = new Map(raws.map((r, i) => [r, i]));
    const { fresh } = await partitionBatch(raws, store);
    freshAt = await settlePartition(client, partitionKey, fresh.map((r) => position.get(r) ?? -1));
  }
  const isFresh = new Set(freshAt);
  const fresh = freshAt.flatMap((i) => raws[i] ?? []);
  const context = batchBoilerplateContext(fresh);
  let stored: StoredDocument[] = [];
  for (const [i, raw] of fresh.entries()) {
    stored.push(analyzeDocument(raw, context).stored);
    if (stored.length >= DOCS_PER_WRITE || i === fresh.length - 1) {
      await store.putDocuments(stored);
      stored = [];
    }
    if (i % DOCS_PER_TURN === DOCS_PER_TURN - 1) await nextTurn();
  }
  return { added: fresh.map((r) => r.id), unchanged: raws.filter((_, i) => !isFresh.has(i)).map((r) => r.id) };
}

const CLAIM_SCRIPT = `
local owner = ARGV[1]
local out = {}
for i = 2, #ARGV do
  redis.call('HSETNX', KEYS[1], ARGV[i], owner)
  if redis.call('HGET', KEYS[1], ARGV[i]) == owner then out[#out + 1] = i - 2 end
end
redis.call('EXPIRE', KEYS[1], ${RUN_KEY_TTL_SECONDS})
return out`;

/**
 * The pairs this job is to verify: the first job to claim a pair owns it for the run, and keeps
 * it when it is retried, so a pair found from both its sides (in two jobs) is verified once,
 * as the in-process run's `seen` set does it, and a pair claimed by a job that died is
 * verified by that job's retry.
 */
export async function claimPairs(client: QueueClient, key: string, owner: string, pairs: readonly IdPair[]): Promise<IdPair[]> {
  const mine: IdPair[] = [];
  for (let i = 0; i < pairs.length; i += CLAIMS_PER_CALL) {
    const slice = pairs.slice(i, i + CLAIMS_PER_CALL);
    const owned: unknown = await client.eval(CLAIM_SCRIPT, 1, key, owner, ...slice.map(([a, b]) => pairKey(a, b)));
    if (!Array.isArray(owned)) throw new Error(`unexpected answer from the pair-claim script: ${String(owned)}`);
    for (const at of owned) {
      const pair = typeof at === 'number' ? slice[at] : undefined;
      if (pair) mine.push(pair);
    }
  }
  return mine;
}

/**
 * A verify job: candidates of some stored documents against the whole store, verification of
 * the pairs this job owns, then the documents marked verified — after their pairs are stored,
 * so a job that dies leaves its documents unverified for the retry.
 */
export async function runVerifyJob(data: VerifyJobData, owner: string, { store, client, keys }: JobContext): Promise<VerifyJobResult> {
  // The lock timer gets a turn after each group of lookups.
  const frequent = new Set<string>();
  const pairs = await findCandidatePairs(data.ids, store, undefined, frequent, async () => {
    await nextTurn();
  });
  const mine = await claimPairs(client, keys.claims(data.runId), owner, pairs);
  const views = new ViewCache();
  for (let i = 0; i < mine.length; i += PAIRS_PER_TURN) {
    await verifyPairs(mine.slice(i, i + PAIRS_PER_TURN), store, views);
    await nextTurn();
  }
  await store.markVerified(data.ids);
  return { pairs: mine.length, frequentKeys: [...frequent].sort() };
}
