/**
 * Unicode sentence boundaries (UAX #29, the rules ICU's sentence break iterator implements) for
 * text made only of printable ASCII, found by a scan of the text instead of `Intl.Segmenter`,
 * which cost ≈ 0.08 ms per document and a string and an object per piece. In printable ASCII
 * there are no paragraph separators, no Extend or Format characters and no OLetter, so only
 * rules SB6–SB11 and SB998 can apply; `scanSentenceBreaks` gives up on any other character and
 * the caller asks ICU. The split-sentences tests compare the two on random ASCII texts.
 */

// Sentence_Break classes of printable ASCII (U+0020–U+007E); the rest of ASCII is `OTHER`.
const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
/** Not printable ASCII: the scan gives up. */
const OUTSIDE = 9;

const CLASS = new Uint8Array(128).fill(OUTSIDE);
for (let c = 0x20; c < 0x7f; c++) CLASS[c] = OTHER;
CLASS[0x20] = SP;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = LOWER;
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = UPPER;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = NUMERIC;
CLASS[0x2e] = ATERM; // full stop
for (const c of '!?') CLASS[c.charCodeAt(0)] = STERM;
// Close: Open/Close_Punctuation and Line_Break=Quotation.
for (const c of `"'()[]{}`) CLASS[c.charCodeAt(0)] = CLOSE;
for (const c of ',-:;') CLASS[c.charCodeAt(0)] = SCONTINUE;

function classAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c < 128 ? (CLASS[c] ?? OUTSIDE) : OUTSIDE;
}

/** True when every character of `text[from, to)` is printable ASCII (the scan can segment it). */
export function isPlainAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/**
 * Calls `piece(start, end)` for each sentence of `text[from, to)` as ICU segments that span as a
 * string of its own (offsets into `text`). The span must be printable ASCII ({@link isPlainAscii}).
 */
export function scanSentenceBreaks(text: string, from: number, to: number, piece: (start: number, end: number) => void): void {
  let start = from;
  let at = from;
  while (at < to) {
    const kind = classAt(text, at);
    at += 1;
    if (kind !== ATERM && kind !== STERM) continue;
    // A break can only follow SATerm Close* Sp* (SB11), and only where the Close and Sp run
    // ends (SB9, SB10 keep the run together).
    const term = at - 1;
    while (at < to && classAt(text, at) === CLOSE) at += 1;
    while (at < to && classAt(text, at) === SP) at += 1;
    if (at >= to || !breaksAfterTerm(text, from, term, at, to, kind)) continue;
    piece(start, at);
    start = at;
  }
  if (start < to) piece(start, to);
}

/** Whether SB11 breaks at `at`, after the terminator at `term` and its Close* Sp* run, or SB6–SB8a keep it together. */
function breaksAfterTerm(text: string, from: number, term: number, at: number, to: number, termKind: number): boolean {
  const next = classAt(text, at);
  // SB8a: SATerm Close* Sp* × (SContinue | SATerm)
  if (next === SCONTINUE || next === ATERM || next === STERM) return false;
  if (termKind !== ATERM) return true;
  if (at === term + 1) {
    // SB6: ATerm × Numeric
    if (next === NUMERIC) return false;
    // SB7: (Upper | Lower) ATerm × Upper
    const before = term > from ? classAt(text, term - 1) : OTHER;
    if (next === UPPER && (before === UPPER || before === LOWER)) return false;
  }
  // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower
  for (let k = at; k < to; k++) {
    const kind = classAt(text, k);
    if (kind === LOWER) return false;
    if (kind === UPPER || kind === ATERM || kind === STERM) return true;
  }
  return true;
}
