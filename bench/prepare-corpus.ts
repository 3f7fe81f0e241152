import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { forEachLine } from './read-lines.js';

/**
 * The corpus folder to measure: `given` when set, else `work/c<n>` generated once by the shared
 * gen-corpus.mjs (seed 42, as run-peers.sh does). Returns undefined with a reason when it
 * cannot be had (no shared folder, no word list).
 */
export function prepareCorpus(given: string | undefined, sharedBench: string | undefined, work: string, n: number): { dir: string } | { skip: string } {
  if (given !== undefined) {
    return existsSync(join(given, 'docs.jsonl')) ? { dir: given } : { skip: `no docs.jsonl in ${given}` };
  }
  if (sharedBench === undefined) return { skip: 'the shared benchmark folder (gen-corpus.mjs) is absent' };
  const dir = join(work, `c${n}`);
  if (existsSync(join(dir, 'meta.json'))) return { dir };
  const run = spawnSync(process.execPath, [join(sharedBench, 'gen-corpus.mjs'), '--n', String(n), '--out', dir, '--seed', '42'], { encoding: 'utf8' });
  if (run.status !== 0) return { skip: `gen-corpus.mjs failed (a word list is needed: apt-get install wamerican): ${run.stderr.slice(-300)}` };
  return { dir };
}

/**
 * Writes the first `count` documents of `docsFile` into `out`, or, with `ids`, exactly those
 * documents (in corpus order).
 * @returns the ids written
 */
export function writeSubset(docsFile: string, out: string, count: number, ids?: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  const written: string[] = [];
  forEachLine(docsFile, (line) => {
    if (ids === undefined && lines.length >= count) return;
    const id = /"id"\s*:\s*"([^"]*)"/.exec(line)?.[1];
    if (id === undefined || (ids !== undefined && !ids.has(id))) return;
    lines.push(line);
    written.push(id);
  });
  writeFileSync(out, `${lines.join('\n')}\n`);
  return written;
}

/** Runs the shared make_subset.py (whole planted families up to half, singletons for the rest). */
export function familySubset(sharedBench: string, corpusDir: string, size: number, out: string): Set<string> | undefined {
  const run = spawnSync(existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3', [join(sharedBench, 'make_subset.py'), '--corpus', corpusDir, '--size', String(size), '--out', out], { encoding: 'utf8' });
  if (run.status !== 0) return undefined;
  return new Set(readFileSync(out, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean));
}
