// The lower bound the sketch is measured against: the least work any word-5-gram near-dedup
// tool must do per document (tokenize, hash each word, hash each 5-gram), written as tightly as
// plain JS allows. It produces no sketch; its output only feeds a checksum.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const K = 5;

let words = new Uint32Array(1 << 14);

/**
 * Char-scan tokenizer ([A-Za-z0-9_] lowercased, any non-ASCII unit a word character) with the
 * FNV-1a word hash inline, then one multiply-xor mix per 5-gram; no substring per word.
 * @returns a checksum of the document's 5-gram hashes
 */
export function rawScanHash(text: string): number {
  if (words.length < text.length) words = new Uint32Array(text.length * 2);
  let n = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c > 127) {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      words[n++] = h >>> 0;
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) words[n++] = h >>> 0;
  return mixShingles(n);
}

/**
 * Regex tokenizer (`/\w+/g` on the lowercased text: one string per word), FNV-1a per word,
 * the same 5-gram mix: what a straightforward implementation costs.
 * @returns a checksum of the document's 5-gram hashes
 */
export function rawRegexHash(text: string): number {
  const tokens = text.toLowerCase().match(/\w+/g) ?? [];
  if (words.length < tokens.length) words = new Uint32Array(tokens.length * 2);
  for (let t = 0; t < tokens.length; t++) {
    const s = tokens[t] ?? '';
    let h = FNV_OFFSET;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
    words[t] = h >>> 0;
  }
  return mixShingles(tokens.length);
}

function mixShingles(n: number): number {
  let check = 0;
  for (let i = 0; i + K <= n; i++) {
    let h = 0x9e3779b9;
    for (let j = 0; j < K; j++) h = (Math.imul(h ^ (words[i + j] ?? 0), FNV_PRIME) + 0x7f4a7c15) | 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    check ^= h;
  }
  return check;
}
