import { distinctSorted, lshBandKeys, shingleHashes, sketchText, sketchTokens, winnow } from '../src/sketch/index.js';
import { rawRegexHash, rawScanHash } from './raw-hash-loop.js';
import { forEachLine, parseDoc } from './read-lines.js';
import { referenceMinhash } from './reference-minhash.js';
import { median, round, secondsSince } from './stats.js';

/** One timed variant of the read → tokenize → hash/sketch loop. */
export interface SketchVariant {
  name: string;
  /** Work done per document text; returns a number folded into a checksum (keeps the JIT honest). */
  run: (text: string) => number;
}

/** Throughput of one variant over the whole corpus file. */
export interface SketchResult {
  name: string;
  docs: number;
  medianSeconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  runs: number[];
  /** Throughput relative to the raw char-scan bound of the same run (1 = as fast). */
  ofRawBound: number;
}

const tokenize = (text: string): string[] => text.toLowerCase().match(/\w+/g) ?? [];

/** The variants, cheapest first; the raw bound is `raw: char-scan + FNV + 5-gram mix`. */
export const SKETCH_VARIANTS: readonly SketchVariant[] = [
  { name: 'read+parse', run: (t) => t.length },
  { name: 'raw: char-scan + FNV + 5-gram mix', run: rawScanHash },
  { name: 'raw: regex words + FNV + 5-gram mix', run: rawRegexHash },
  { name: 'storytrace sketchText (char-scan, OPH 128, bands, winnow)', run: (t) => sketchText(t).signature[0] ?? 0 },
  { name: 'storytrace sketchTokens(regex words)', run: (t) => sketchTokens(tokenize(t)).signature[0] ?? 0 },
  {
    name: 'before: 128-permutation MinHash (regex words)',
    run: (t) => {
      const sh = shingleHashes(tokenize(t));
      const sig = referenceMinhash(distinctSorted(sh));
      return lshBandKeys(sig).length + winnow(sh).length;
    },
  },
];

/**
 * Times each variant over `docsFile` (median of `repeats` full passes; the first pass of all
 * warms the page cache and the JIT), each reading and JSON-parsing the file itself.
 */
export function measureSketch(docsFile: string, repeats: number, bytes: number, variants: readonly SketchVariant[] = SKETCH_VARIANTS): SketchResult[] {
  let check = 0;
  forEachLine(docsFile, (line) => {
    const text = parseDoc(line)?.text ?? '';
    for (const v of variants) check ^= v.run(text);
  });
  // Round-robin over the variants, so a neighbour's load on a shared machine slows them alike.
  const runs = variants.map(() => [] as number[]);
  let docs = 0;
  for (let r = 0; r < repeats; r++) {
    for (const [i, v] of variants.entries()) {
      const start = process.hrtime.bigint();
      docs = forEachLine(docsFile, (line) => {
        check ^= v.run(parseDoc(line)?.text ?? '');
      });
      runs[i]?.push(secondsSince(start));
    }
  }
  const results = variants.map((v, i): SketchResult => {
    const times = runs[i] ?? [];
    const med = median(times);
    return { name: v.name, docs, medianSeconds: round(med, 4), docsPerSecond: Math.round(docs / med), mbPerSecond: round(bytes / 1e6 / med, 1), runs: times.map((x) => round(x, 4)), ofRawBound: 0 };
  });
  const bound = results.find((r) => r.name.startsWith('raw: char-scan'))?.docsPerSecond ?? 0;
  for (const r of results) r.ofRawBound = bound > 0 ? round(r.docsPerSecond / bound, 3) : 0;
  if (check === 0.5) console.error('unreachable checksum');
  return results;
}
