// `npm run bench`: sketching, indexing, query and quality figures on the shared synthetic corpus,
// each against a baseline measured in the same run. Flags: see bench-options.ts. Skips cleanly
// (exit 0) when the shared benchmark material is absent. `--api` runs only the HTTP load bench.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBenchOptions } from './bench-options.js';
import { measureIndex, type IndexResult } from './measure-index.js';
import { measureLookupScale, type LookupScaleResult } from './measure-lookup-scale.js';
import { measureQueries, type QueryResult } from './measure-queries.js';
import { measureRedis, type RedisResult } from './measure-redis.js';
import { scorePairs, sketchPairs, storytracePairs, type PairsScore } from './measure-quality.js';
import { measureSketch } from './measure-sketch.js';
import { familySubset, prepareCorpus, writeSubset } from './prepare-corpus.js';
import { runPeers, type PeerRecord } from './run-peers.js';
import { formatReport } from './format-report.js';

const options = parseBenchOptions(process.argv.slice(2));
if (options.api) {
  const { runApiLoad } = await import('./api-load.js');
  console.log(await runApiLoad(options.apiSeconds));
  process.exit(0);
}
mkdirSync(options.work, { recursive: true });
const corpus = prepareCorpus(options.corpus, options.sharedBench, options.work, options.n);
if ('skip' in corpus) {
  console.log(`bench: skipped: ${corpus.skip}`);
  process.exit(0);
}
const docsFile = join(corpus.dir, 'docs.jsonl');
const bytes = statSync(docsFile).size;
const log = (s: string): void => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);

log(`sketch throughput on ${docsFile} (${options.repeats} passes per variant, round-robin)`);
const sketch = measureSketch(docsFile, options.repeats, bytes);

log('sketch-level pairs on the whole corpus (LSH bands, estimated J >= 0.5)');
const start = process.hrtime.bigint();
const sketchLevel = sketchPairs(docsFile, 0.5);
const sketchPairsSeconds = Number(process.hrtime.bigint() - start) / 1e9;
const quality: PairsScore[] = [];
const evalScript = options.sharedBench === undefined ? undefined : join(options.sharedBench, 'pairs_eval.py');
const label = corpus.dir.split('/').pop() ?? '';
const score = (pairs: string[], name: string, scope: string, subset?: string): void => {
  if (evalScript === undefined) return;
  const s = scorePairs(evalScript, corpus.dir, pairs, join(options.work, `${name.replace(/\W+/g, '-')}-${scope.replace(/\W+/g, '-')}.tsv`), name, scope, subset);
  if (s) quality.push(s);
};
score(sketchLevel.verified, 'storytrace sketch: LSH + est. J>=0.5', label);
score(sketchLevel.candidates, 'storytrace sketch: LSH candidates', label);

let lookupScale: LookupScaleResult | undefined;
const lookupDocs = options.lookupDocs ?? options.n;
if (lookupDocs > 0) {
  log(`sketch-key lookups in a store of up to ${lookupDocs} documents' bands and fingerprints`);
  lookupScale = await measureLookupScale(docsFile, join(options.work, `keys${lookupDocs}.sqlite`), lookupDocs);
}

const index: IndexResult[] = [];
let queries: QueryResult | undefined;
if (options.indexDocs > 0 && options.sharedBench !== undefined) {
  const subsetIds = join(options.work, `sub${options.indexDocs}.txt`);
  const ids = familySubset(options.sharedBench, corpus.dir, options.indexDocs, subsetIds);
  const subsetDocs = join(options.work, `sub${options.indexDocs}.jsonl`);
  writeSubset(docsFile, subsetDocs, options.indexDocs, ids);
  const db = join(options.work, `sub${options.indexDocs}.sqlite`);
  for (const threads of options.threads) {
    log(`indexPaths on ${options.indexDocs} documents (whole planted families + singletons), ${threads} thread(s), into ${db}`);
    const run = measureIndex(subsetDocs, db, threads);
    if (run) index.push(run);
  }
  if (index.length > 0) {
    log('candidate lookup and verifyPair latencies');
    queries = await measureQueries(db);
    const scope = `${label}/sub${options.indexDocs}`;
    score(await storytracePairs(db), 'storytrace analyze (related pairs)', scope, ids ? subsetIds : undefined);
    score(sketchLevel.verified, 'storytrace sketch: LSH + est. J>=0.5', scope, ids ? subsetIds : undefined);
  }
}

let redis: RedisResult | undefined;
if (options.redisDocs > 0) {
  const subset = join(options.work, `redis${options.redisDocs}.jsonl`);
  writeSubset(docsFile, subset, options.redisDocs);
  const run = await measureRedis(subset, join(options.work, `redis${options.redisDocs}.sqlite`), log);
  if ('skip' in run) log(`Redis comparison skipped: ${run.skip}`);
  else redis = run;
}

let peers: PeerRecord[] = [];
let peerSummary = '';
if (options.peers && options.sharedBench !== undefined) {
  log('peers: QUICK=1 run-peers.sh (about 4 minutes)');
  const run = runPeers(options.sharedBench, options.peersWork ?? join(options.work, 'peers'));
  if ('skip' in run) log(run.skip);
  else {
    peers = run.records;
    peerSummary = run.summary;
    if (/datasketch source not found/.test(run.log)) log('datasketch skipped: its source tree is not on this machine');
  }
}

const results = { date: new Date().toISOString(), corpus: corpus.dir, bytes, options, sketch, sketchPairsSeconds, lookupScale, index, queries, redis, quality, peers };
writeFileSync(join(options.work, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(formatReport(results));
if (peerSummary !== '') console.log(`\n### Peers' own summary (run-peers.sh)\n\n${peerSummary}`);
log(`results written to ${join(options.work, 'results.json')}`);
