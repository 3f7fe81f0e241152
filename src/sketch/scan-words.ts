// The FNV-1a constants of hash.ts as literals (the scan tests compare with hashString): with the
// imported bindings the scan loop took a quarter longer (V8 folds a module's own constant only).
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// Per UTF-16 code unit: 0 for a separator, else the code unit it lowercases to. Letters, marks
// and digits are word characters; surrogate halves too (astral letters and digits stay inside
// their word). Built once, on first use, from the engine's own Unicode data.
let lowerTable: Uint16Array | undefined;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function table(): Uint16Array {
  if (lowerTable) return lowerTable;
  const t = new Uint16Array(65536);
  for (let c = 1; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = c;
      continue;
    }
    const s = String.fromCharCode(c);
    if (!WORD_CHAR.test(s)) continue;
    const lower = s.toLowerCase();
    // A letter whose lowercase is longer (İ → i̇) keeps its own code unit, so one unit in gives one out.
    t[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  lowerTable = t;
  return t;
}

/**
 * Hashes the words of `text` straight from its code units, with no substring per word: a word
 * is a run of letters, marks, digits (and surrogate halves), lowercased one code unit at a time.
 * Each word's hash equals `hashString` (FNV-1a) of the word as {@link scanWords} returns it.
 * @param out receives one hash per word; must hold `scanCapacity(text)` values
 * @returns the number of words
 */
export function scanWordHashes(text: string, out: Uint32Array): number {
  const lower = table();
  let count = 0;
  let h = FNV_OFFSET | 0;
  let previous = 0;
  // Without a branch per code unit: where a word starts or ends is data, not a pattern a CPU
  // can predict, and a mispredicted branch at each word boundary cost a third of the scan.
  // Every unit stores the running hash at out[count]; count moves past it only at a word's end.
  // (count stays below scanCapacity inside the loop: each finished word needed a separator.)
  for (let i = 0; i < text.length; i++) {
    const c = lower[text.charCodeAt(i)] ?? 0;
    const inWord = (c + 0xffff) >>> 16; // 1 for a word unit (c ≥ 1), 0 for a separator
    out[count] = h;
    count += previous & (inWord ^ 1);
    // Inside a word the next FNV step; at a separator a multiply by zero plus the offset basis
    // (a fresh start). One add after the multiply: the shortest chain from one unit to the next.
    const keep = -inWord; // all ones inside a word, else zero
    h = (Math.imul(h ^ c, FNV_PRIME & keep) + (FNV_OFFSET & ~keep)) | 0;
    previous = inWord;
  }
  if (previous !== 0) out[count++] = h;
  return count;
}

/** Most words a text can hold (every other code unit a separator): the buffer size scanWordHashes needs. */
export function scanCapacity(text: string): number {
  return (text.length + 1) >>> 1;
}

/**
 * The words {@link scanWordHashes} hashes, as strings (for tests and for callers that need the
 * words themselves; the sketch hot path never builds them).
 */
export function scanWords(text: string): string[] {
  const lower = table();
  const words: string[] = [];
  let word = '';
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? (lower[text.charCodeAt(i)] ?? 0) : 0;
    if (c !== 0) word += String.fromCharCode(c);
    else if (word !== '') {
      words.push(word);
      word = '';
    }
  }
  return words;
}

