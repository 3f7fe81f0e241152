import type { IndexResult } from './measure-index.js';
import type { LookupScaleResult } from './measure-lookup-scale.js';
import type { QueryResult } from './measure-queries.js';
import type { RedisResult } from './measure-redis.js';
import type { SketchResult } from './measure-sketch.js';
import type { PairsScore } from './measure-quality.js';
import type { PeerRecord } from './run-peers.js';

/** Everything one bench run measured (also written as results.json). */
export interface BenchResults {
  corpus: string;
  sketch: SketchResult[];
  sketchPairsSeconds: number;
  lookupScale: LookupScaleResult | undefined;
  /** One indexing run per thread count, in the order run. */
  index: IndexResult[];
  queries: QueryResult | undefined;
  redis?: RedisResult | undefined;
  quality: PairsScore[];
  peers: PeerRecord[];
}

const TRANSFORMS = ['exact', 'shuffle', 'edit@0.05', 'edit@0.1', 'edit@0.2', 'edit@0.3', 'truncate', 'excerpt'];
const int = (x: number): string => Math.round(x).toLocaleString('en-US');
const fix = (x: number, d = 2): string => (Number.isFinite(x) ? x.toFixed(d) : '-');
const num = (x: unknown): number => (typeof x === 'number' ? x : Number.NaN);
const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(head), row(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(row)].join('\n');
}

/** The run as Markdown tables: ratios against the same run's baselines next to absolute figures. */
export function formatReport(r: BenchResults): string {
  const out: string[] = [`## storytrace bench — ${r.corpus}`, ''];
  const before = r.sketch.find((s) => s.name.startsWith('before'))?.docsPerSecond ?? Number.NaN;
  const fast = r.sketch.find((s) => s.name.includes('sketchText'))?.docsPerSecond ?? Number.NaN;
  out.push('### Sketching (one core; each pass reads + JSON-parses the file)', '');
  out.push(table(['variant', 'docs/s', 'MB/s', '× raw bound', '× before'], r.sketch.map((s) => [s.name, int(s.docsPerSecond), fix(s.mbPerSecond, 1), fix(s.ofRawBound, 3), fix(s.docsPerSecond / before, 1)])));
  const peerSpeed = r.peers.filter((p) => typeof p['docs_per_s'] === 'number');
  if (peerSpeed.length > 0) {
    out.push('', '### storytrace sketchText against the peers (same run)', '');
    out.push(table(['peer', 'operation', 'peer docs/s', 'sketchText ÷ peer'], peerSpeed.map((p) => [String(p['peer']), String(p['op']), int(num(p['docs_per_s'])), fix(fast / num(p['docs_per_s']), 2)])));
  }
  if (r.lookupScale) {
    const l = r.lookupScale;
    out.push('', `### Sketch-key lookup at scale (SQLite, ${int(l.documents)} documents' bands + fingerprints, no text stage)`, '');
    out.push(table(['documents', 'keys / doc', 'build s', 'bytes / doc', 'samples', 'p50 µs', 'p99 µs'], [[int(l.documents), fix(l.keysPerDocument, 1), fix(l.buildSeconds, 1), int(l.bytesPerDocument), int(l.sketchLookup.samples), fix(l.sketchLookup.p50, 0), fix(l.sketchLookup.p99, 0)]]));
  }
  if (r.index.length > 0) {
    const base = r.index[0];
    out.push('', '### Indexing (indexPaths → SQLite, one process; runs back to back)', '');
    out.push(table(['threads', 'documents', 'seconds', 'docs/s', `× ${base?.threads ?? 1} thread(s)`, 'CPU s', 'CPU ms / doc', 'pairs verified', 'peak RSS', 'RSS / doc', 'time by stage'], r.index.map((i) => {
      const stages = Object.entries(i.stageSeconds).map(([k, v]) => `${k} ${fix(v, 1)} s`).join(', ');
      return [int(i.threads), int(i.documents), fix(i.seconds, 1), fix(i.docsPerSecond, 1), fix(i.docsPerSecond / (base?.docsPerSecond ?? Number.NaN), 2), fix(i.cpuSeconds, 1), fix((1000 * i.cpuSeconds) / Math.max(1, i.documents), 1), int(i.pairsVerified), `${fix(i.maxRssBytes / 2 ** 20, 0)} MiB`, `${fix(i.rssBytesPerDocument / 1024, 0)} KiB`, stages];
    })));
  }
  if (r.queries) {
    const q = r.queries;
    out.push('', `### Query latency (warm SQLite, ${int(q.documents)} documents; µs)`, '');
    out.push(table(['operation', 'samples', 'p50 µs', 'p99 µs'], [
      ['lookupPostings(bands + fingerprints)', int(q.sketchLookup.samples), fix(q.sketchLookup.p50, 0), fix(q.sketchLookup.p99, 0)],
      ['candidate lookup (sketch keys + terms + rankCandidates)', int(q.candidateLookup.samples), fix(q.candidateLookup.p50, 0), fix(q.candidateLookup.p99, 0)],
      ['verifyPair (prepared views, second call)', int(q.verifyPair.samples), fix(q.verifyPair.p50, 0), fix(q.verifyPair.p99, 0)],
      ['verifyPair (first call on the pair)', int(q.verifyPairFirst.samples), fix(q.verifyPairFirst.p50, 0), fix(q.verifyPairFirst.p99, 0)],
      ['pairDocumentFromStore', int(q.pairDocumentFromStore.samples), fix(q.pairDocumentFromStore.p50, 0), fix(q.pairDocumentFromStore.p99, 0)],
    ]));
  }
  if (r.redis) out.push('', formatRedis(r.redis));
  const scored = [...r.quality, ...r.peers.filter((p) => typeof p['per_transform'] === 'object')];
  if (scored.length > 0) {
    out.push('', '### Recall and precision per planted transform (pairs_eval.py, threshold 0.5)', '');
    out.push(table(['scope', 'tool', 'pairs', 'recall family', 'precision family', 'recall J≥0.5', 'precision J≥0.5', ...TRANSFORMS], scored.map((s) => {
      const per = (s['per_transform'] ?? {}) as Record<string, { recall?: number }>;
      return [String(s['label']), String(s['peer']), int(num(s['pred_pairs'])), fix(num(s['recall_family']), 3), fix(num(s['precision_family']), 3), fix(num(s['recall_jt']), 3), fix(num(s['precision_jt']), 3), ...TRANSFORMS.map((t) => fix(num(per[t]?.recall), 2))];
    })));
  }
  out.push('', `Sketch-level pairs over the whole corpus (sketch, band buckets, estimate) took ${fix(r.sketchPairsSeconds, 2)} s.`);
  return out.join('\n');
}

/** The Redis section: throughput against SQLite in the same run, and memory per document. */
export function formatRedis(r: RedisResult): string {
  const base = r.sqlite.docsPerSecond;
  const runs: [string, IndexResult | undefined][] = [['SQLite (file)', r.sqlite], ['Redis standalone', r.standalone], ['Redis Cluster, 3 masters', r.cluster]];
  const out = [`### Redis against SQLite (indexPaths of the same ${int(r.documents)} documents, one process each)`, ''];
  out.push(table(['store', 'seconds', 'docs/s', '× SQLite', 'pairs verified'], runs.flatMap(([name, i]) => (i ? [[name, fix(i.seconds, 1), fix(i.docsPerSecond, 1), fix(i.docsPerSecond / base, 2), int(i.pairsVerified)]] : []))));
  const m = r.memory;
  const perDoc = (x: number): string => int(x / Math.max(1, m.documents));
  out.push('', `### Redis memory (standalone, ${int(m.documents)} documents)`, '');
  out.push(table(['records', 'keys', 'keys / doc', 'MEMORY USAGE bytes', 'bytes / doc'], [
    ...Object.entries(m.byFamily).map(([family, f]) => [family, int(f.keys), fix(f.keys / Math.max(1, m.documents), 1), int(f.bytes), perDoc(f.bytes)]),
    ['**all** (INFO used_memory growth)', int(m.keys), fix(m.keys / Math.max(1, m.documents), 1), int(m.usedMemoryBytes), perDoc(m.usedMemoryBytes)],
  ]));
  return out.join('\n');
}
