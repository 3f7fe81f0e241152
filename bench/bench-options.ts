import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Options of `npm run bench` (all flags optional). */
export interface BenchOptions {
  /** Corpus size when the corpus is generated (`--n`, default 10000; 100000 and 1000000 work). */
  n: number;
  /** An existing corpus folder with docs.jsonl and truth.jsonl (`--corpus`); default: generated under `work`. */
  corpus: string | undefined;
  /** Scratch folder (`--work`, default /tmp/storytrace-bench). */
  work: string;
  /** Full passes per sketch variant (`--repeats`, default 5). */
  repeats: number;
  /** Documents indexed through the whole pipeline (`--index-docs`, default 1000; 0 skips). */
  indexDocs: number;
  /** Thread counts the indexing step is run with, one run each (`--threads 1,2`, default 1 and 2). */
  threads: number[];
  /** Documents whose sketch keys fill the lookup-at-scale store (`--lookup-docs`, default: the corpus; 0 skips). */
  lookupDocs: number | undefined;
  /** Documents indexed into SQLite, Redis and a Redis Cluster for the throughput ratio and bytes per document (`--redis-docs`, default 300; 0 skips; skipped without redis-server). */
  redisDocs: number;
  /** Also run the shared peers (`--peers`: QUICK=1 run-peers.sh, about 4 min). */
  peers: boolean;
  /** Scratch folder of run-peers.sh (`--peers-work`, default `<work>/peers`; reuse one to skip its npm install). */
  peersWork: string | undefined;
  /** Run only the HTTP API load bench (`--api`, see api-load.ts). */
  api: boolean;
  /** Seconds of load in the API bench (`--api-seconds`, default 30). */
  apiSeconds: number;
  /** The shared benchmark folder (gen-corpus.mjs, pairs_eval.py, run-peers.sh), when present. */
  sharedBench: string | undefined;
}

const HERE = dirname(fileURLToPath(import.meta.url));

function sharedBenchFolder(): string | undefined {
  const candidates = [process.env['STORYTRACE_SHARED_BENCH'], join(HERE, '../../shared/bench'), '/work/shared/bench'];
  return candidates.find((c): c is string => c !== undefined && existsSync(join(c, 'gen-corpus.mjs')));
}

/** Parses `--flag value` arguments; unknown flags are an error naming them. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { n: 10000, corpus: undefined, work: '/tmp/storytrace-bench', repeats: 5, indexDocs: 1000, threads: [1, 2], lookupDocs: undefined, redisDocs: 300, peers: false, peersWork: undefined, api: false, apiSeconds: 30, sharedBench: sharedBenchFolder() };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1] ?? '';
    const number = (): number => {
      const x = Number(value);
      if (!Number.isFinite(x) || x < 0) throw new Error(`${flag} needs a non-negative number, got "${value}"`);
      i++;
      return Math.floor(x);
    };
    if (flag === '--n') options.n = number();
    else if (flag === '--repeats') options.repeats = Math.max(1, number());
    else if (flag === '--index-docs') options.indexDocs = number();
    else if (flag === '--lookup-docs') options.lookupDocs = number();
    else if (flag === '--threads') {
      const list = value.split(',').map(Number);
      if (list.length === 0 || list.some((t) => !Number.isInteger(t) || t < 1)) throw new Error(`--threads needs a list of whole numbers of at least 1, got "${value}"`);
      options.threads = list;
      i++;
    } else if (flag === '--redis-docs') options.redisDocs = number();
    else if (flag === '--corpus') options.corpus = resolve(argv[++i] ?? '');
    else if (flag === '--work') options.work = resolve(argv[++i] ?? '');
    else if (flag === '--peers') options.peers = true;
    else if (flag === '--api') options.api = true;
    else if (flag === '--api-seconds') options.apiSeconds = Math.max(1, number());
    else if (flag === '--peers-work') options.peersWork = resolve(argv[++i] ?? '');
    else throw new Error(`unknown flag ${flag ?? ''} (known: --n --corpus --work --repeats --index-docs --threads --lookup-docs --redis-docs --peers --peers-work --api --api-seconds)`);
  }
  return options;
}
