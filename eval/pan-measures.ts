// The PAN plagiarism-detection measures (Potthast, Stein, Barrón-Cedeño, Rosso, "An Evaluation
// Framework for Plagiarism Detection", COLING 2010): character-level macro precision and recall,
// granularity, and plagdet. A case or detection is a set of character references in the
// suspicious document and in its source; both sides count, as in the paper's definition.

/** A plagiarism case or a detection: a passage of a suspicious document and the passage of the source it reuses. */
export interface PassagePair {
  suspicious: string;
  suspiciousOffset: number;
  suspiciousLength: number;
  source: string;
  sourceOffset: number;
  sourceLength: number;
}

/** The four PAN measures. */
export interface PanScores {
  precision: number;
  recall: number;
  granularity: number;
  plagdet: number;
  cases: number;
  detections: number;
}

type Span = [number, number];

function overlap(a0: number, a1: number, b0: number, b1: number): Span | null {
  const lo = Math.max(a0, b0);
  const hi = Math.min(a1, b1);
  return hi > lo ? [lo, hi] : null;
}

function unionLength(spans: Span[]): number {
  const sorted = [...spans].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

function size(p: PassagePair): number {
  return p.suspiciousLength + p.sourceLength;
}

/**
 * The characters a detection and a case share on each side, or null when the detection does
 * not detect the case: it must name the same documents and overlap the case in the suspicious
 * document and in the source (PAN's `s ⊓ r`).
 */
export function sharedCharacters(c: PassagePair, d: PassagePair): { suspicious: Span; source: Span } | null {
  if (c.suspicious !== d.suspicious || c.source !== d.source) return null;
  const plg = overlap(c.suspiciousOffset, c.suspiciousOffset + c.suspiciousLength, d.suspiciousOffset, d.suspiciousOffset + d.suspiciousLength);
  const src = overlap(c.sourceOffset, c.sourceOffset + c.sourceLength, d.sourceOffset, d.sourceOffset + d.sourceLength);
  return plg && src ? { suspicious: plg, source: src } : null;
}

/** Characters of `whole` (both sides) covered by the union of shared parts. */
function coveredShare(whole: PassagePair, shared: { suspicious: Span; source: Span }[]): number {
  const n = size(whole);
  if (n === 0) return 0;
  return (unionLength(shared.map((s) => s.suspicious)) + unionLength(shared.map((s) => s.source))) / n;
}

/**
 * Scores detections against cases with the PAN measures.
 * - recall: mean over cases of the share of the case's characters detected;
 * - precision: mean over detections of the share of the detection's characters inside cases it detects;
 * - granularity: mean number of detections per detected case (1 is best);
 * - plagdet: F1(precision, recall) / log2(1 + granularity).
 * @param cases the gold passages
 * @param detections the detected passages
 * @returns the measures; precision is 0 without detections, recall 0 without cases, granularity 1 when nothing is detected
 */
export function panScores(cases: readonly PassagePair[], detections: readonly PassagePair[]): PanScores {
  const byCase = cases.map(() => [] as { suspicious: Span; source: Span }[]);
  const byDetection = detections.map(() => [] as { suspicious: Span; source: Span }[]);
  const detectionsPerCase = cases.map(() => 0);
  for (const [i, c] of cases.entries()) {
    for (const [j, d] of detections.entries()) {
      const shared = sharedCharacters(c, d);
      if (!shared) continue;
      byCase[i]?.push(shared);
      byDetection[j]?.push(shared);
      detectionsPerCase[i] = (detectionsPerCase[i] ?? 0) + 1;
    }
  }
  const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const recall = mean(cases.map((c, i) => coveredShare(c, byCase[i] ?? [])));
  const precision = mean(detections.map((d, j) => coveredShare(d, byDetection[j] ?? [])));
  const detected = detectionsPerCase.filter((n) => n > 0);
  const granularity = detected.length === 0 ? 1 : mean(detected);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, granularity, plagdet: f1 / Math.log2(1 + granularity), cases: cases.length, detections: detections.length };
}
