import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What one indexing run reported (see index-child.ts). */
export interface IndexResult {
  documents: number;
  seconds: number;
  docsPerSecond: number;
  pairsVerified: number;
  pairsStored: number;
  warnings: number;
  /** `--threads` of the run (1: in-process). */
  threads: number;
  /** CPU seconds of all the process's threads. */
  cpuSeconds: number;
  /** Seconds between progress events, by the stage of the later event (read, analyze, index, verify, stories). */
  stageSeconds: Record<string, number>;
  /** CPU seconds (all threads) between progress events, by the stage of the later event. */
  stageCpuSeconds?: Record<string, number>;
  maxRssBytes: number;
  rssBytesPerDocument: number;
}

const CHILD = fileURLToPath(new URL('./index-child.ts', import.meta.url));

/**
 * Runs `indexPaths` on one JSONL file into a fresh SQLite database, in a child process with
 * `threads` pipeline threads, and returns its throughput, CPU time and peak RSS.
 * @returns undefined, with the reason on stderr, when the child fails
 */
export function measureIndex(docsFile: string, dbPath: string, threads = 1): IndexResult | undefined {
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, docsFile, dbPath, String(threads)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || line === '') {
    console.error(`bench: indexing failed (${child.status}): ${child.stderr.slice(-2000)}`);
    return undefined;
  }
  const r = JSON.parse(line) as Omit<IndexResult, 'docsPerSecond' | 'rssBytesPerDocument'>;
  return { ...r, docsPerSecond: r.documents / r.seconds, rssBytesPerDocument: r.maxRssBytes / Math.max(1, r.documents) };
}
