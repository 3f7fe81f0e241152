// Baseline passage detection: runs of shared word 5-grams in the raw texts, merged when close.

interface Gram {
  key: string;
  start: number;
  end: number;
}

function grams(text: string, n: number): Gram[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const out: Gram[] = [];
  for (let i = 0; i + n <= words.length; i++) {
    const first = words[i];
    const last = words[i + n - 1];
    if (first && last) out.push({ key: words.slice(i, i + n).map((x) => x.w).join(' '), start: first.start, end: last.end });
  }
  return out;
}

/** A passage pair as UTF-16 ranges [start, end) of the two raw texts. */
export interface RawPassage {
  suspiciousStart: number;
  suspiciousEnd: number;
  sourceStart: number;
  sourceEnd: number;
}

/**
 * Passages made of word n-grams shared by the two texts, merged when the next shared n-gram
 * starts within `maxGapChars` in both texts.
 * @param n n-gram length (default 5)
 * @param maxGapChars merge distance in characters (default 200)
 * @returns passages sorted by suspicious position
 */
export function ngramPassages(suspicious: string, source: string, n = 5, maxGapChars = 200): RawPassage[] {
  const index = new Map<string, Gram[]>();
  for (const g of grams(source, n)) {
    const list = index.get(g.key);
    if (list) list.push(g);
    else index.set(g.key, [g]);
  }
  const out: RawPassage[] = [];
  for (const g of grams(suspicious, n)) {
    const hits = index.get(g.key);
    if (!hits || hits.length > 3) continue;
    for (const h of hits) {
      const last = out.find((p) => g.start <= p.suspiciousEnd + maxGapChars && h.start >= p.sourceStart - maxGapChars && h.start <= p.sourceEnd + maxGapChars);
      if (last) {
        last.suspiciousEnd = Math.max(last.suspiciousEnd, g.end);
        last.sourceStart = Math.min(last.sourceStart, h.start);
        last.sourceEnd = Math.max(last.sourceEnd, h.end);
      } else out.push({ suspiciousStart: g.start, suspiciousEnd: g.end, sourceStart: h.start, sourceEnd: h.end });
    }
  }
  return out.sort((x, y) => x.suspiciousStart - y.suspiciousStart || x.sourceStart - y.sourceStart);
}
