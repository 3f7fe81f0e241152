import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { estimateJaccard, sketchText } from '../src/sketch/index.js';
import { createStore } from '../src/stores/index.js';
import { forEachLine, parseDoc } from './read-lines.js';

/** Pairs a tool predicts, as `a<TAB>b<TAB>score` lines (a < b), sorted. */
export type PairLines = string[];

/**
 * The sketch stage alone as a near-dedup tool (the peers' scale): every document of the corpus
 * sketched with `sketchText`, pairs sharing an LSH band, kept when the signatures estimate a
 * Jaccard of at least `threshold`.
 * @returns candidate pairs (any shared band) and verified pairs (estimate ≥ threshold)
 */
export function sketchPairs(docsFile: string, threshold = 0.5): { candidates: PairLines; verified: PairLines } {
  const ids: string[] = [];
  const signatures: Uint32Array[] = [];
  const buckets = new Map<string, number[]>();
  forEachLine(docsFile, (line) => {
    const doc = parseDoc(line);
    if (!doc) return;
    const sketch = sketchText(doc.text);
    const n = ids.push(doc.id) - 1;
    signatures.push(sketch.signature);
    for (const key of sketch.bandKeys) {
      const list = buckets.get(key);
      if (list) list.push(n);
      else buckets.set(key, [n]);
    }
  });
  const seen = new Set<number>();
  const candidates: PairLines = [];
  const verified: PairLines = [];
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i] ?? 0;
        const y = list[j] ?? 0;
        const key = x * ids.length + y;
        if (seen.has(key)) continue;
        seen.add(key);
        const sa = signatures[x];
        const sb = signatures[y];
        if (!sa || !sb) continue;
        const est = estimateJaccard(sa, sb);
        const [a, b] = [ids[x] ?? '', ids[y] ?? ''].sort();
        candidates.push(`${a}\t${b}\t${est}`);
        if (est >= threshold) verified.push(`${a}\t${b}\t${est}`);
      }
    }
  }
  return { candidates: candidates.sort(), verified: verified.sort() };
}

/** The related pairs (any relation but `unrelated`) a storytrace SQLite index holds. */
export async function storytracePairs(dbPath: string): Promise<PairLines> {
  const store = await createStore(`sqlite:${dbPath}`);
  try {
    return (await store.listPairs()).filter((p) => p.relation !== 'unrelated').map((p) => `${p.a}\t${p.b}\t${p.score}`).sort();
  } finally {
    await store.close();
  }
}

/** pairs_eval.py's verdict (one JSON object), or undefined when python3/numpy/xxhash are missing. */
export type PairsScore = Record<string, unknown>;

/**
 * Writes `pairs` to `tsvPath` and scores them with the shared `pairs_eval.py` against the planted
 * truth of `corpusDir` (restricted to `subsetFile`'s ids when given).
 */
export function scorePairs(evalScript: string, corpusDir: string, pairs: PairLines, tsvPath: string, peer: string, label: string, subsetFile?: string): PairsScore | undefined {
  writeFileSync(tsvPath, pairs.length > 0 ? `${pairs.join('\n')}\n` : '');
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const args = [evalScript, '--corpus', corpusDir, '--pairs', tsvPath, '--peer', peer, '--label', label];
  if (subsetFile !== undefined) args.push('--subset', subsetFile);
  const run = spawnSync(python, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) {
    console.error(`bench: pairs_eval.py failed for ${peer}: ${run.stderr.slice(-500)}`);
    return undefined;
  }
  return JSON.parse(run.stdout.trim()) as PairsScore;
}
