import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One JSON line a peer harness wrote (fields vary by peer; docs_per_s and per_transform are common). */
export type PeerRecord = Record<string, unknown>;

/**
 * Runs the shared `run-peers.sh` with QUICK=1 (10k documents) under `work`, then reads every
 * results/*.jsonl it wrote. Peers it cannot install (datasketch without its source tree) are
 * skipped by the script itself, which says so on stderr.
 * @returns the records and the script's summary table, or a reason when it failed
 */
export function runPeers(sharedBench: string, work: string): { records: PeerRecord[]; summary: string; log: string } | { skip: string } {
  const run = spawnSync('bash', [join(sharedBench, 'run-peers.sh')], { encoding: 'utf8', env: { ...process.env, QUICK: '1', WORK: work }, maxBuffer: 1 << 26 });
  if (run.status !== 0) return { skip: `run-peers.sh failed (${run.status}): ${run.stderr.slice(-500)}` };
  return { ...readPeerResults(work), log: run.stderr };
}

/** The records and summary a previous run-peers.sh left in `work/results`. */
export function readPeerResults(work: string): { records: PeerRecord[]; summary: string } {
  const dir = join(work, 'results');
  const records: PeerRecord[] = [];
  if (!existsSync(dir)) return { records, summary: '' };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        records.push(JSON.parse(line) as PeerRecord);
      } catch {
        // A half-written line from an interrupted run is not a result.
      }
    }
  }
  const summaryFile = join(dir, 'summary.md');
  return { records, summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '' };
}
