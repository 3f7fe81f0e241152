// The simple baselines every section reports beside our numbers, computed on the raw texts:
// word n-gram Jaccard / containment and TF-IDF cosine (plain lowercased words, no stemming).

/** Lowercased words (letters and digits) of a text. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Distinct word n-grams of a text.
 * @param n n-gram length (default 5)
 */
export function wordNgrams(text: string, n = 5): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** Jaccard similarity of two sets; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Share of `a` found in `b`; 0 when `a` is empty. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / a.size;
}

/** Document frequencies of words over a corpus, for TF-IDF. */
export interface DocumentFrequencies {
  documents: number;
  df: ReadonlyMap<string, number>;
}

/** Counts in how many of the texts each word occurs. */
export function documentFrequencies(texts: Iterable<string>): DocumentFrequencies {
  const df = new Map<string, number>();
  let documents = 0;
  for (const t of texts) {
    documents++;
    for (const w of new Set(words(t))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return { documents, df };
}

function tfidf(text: string, freq: DocumentFrequencies): Map<string, number> {
  const v = new Map<string, number>();
  for (const w of words(text)) v.set(w, (v.get(w) ?? 0) + 1);
  for (const [w, tf] of v) v.set(w, (1 + Math.log(tf)) * Math.log((1 + freq.documents) / (1 + (freq.df.get(w) ?? 0))));
  return v;
}

/**
 * Cosine of the TF-IDF vectors (sublinear tf, smoothed idf) of two texts.
 * @param freq document frequencies of the corpus the texts come from
 * @returns 0..1; 0 when either text has no words
 */
export function tfidfCosine(a: string, b: string, freq: DocumentFrequencies): number {
  return sparseCosine(tfidf(a, freq), tfidf(b, freq));
}

/** Cosine of two sparse vectors; 0 when either is empty. */
export function sparseCosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
