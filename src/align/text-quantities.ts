import { readQuantities, type Quantity } from './read-quantities.js';

/** Distinct texts whose quantities are kept; past this the memo starts over (a bound on memory, not a tuned size). */
const MEMO_TEXTS = 50_000;

const memo = new Map<string, readonly Quantity[]>();

/**
 * {@link readQuantities} of a sentence's text, read once per text: an English document's
 * sentences are read for its measures, for the alignment of every pair it is in, and again
 * for each of the pair's content forms (names taken out, the text the same) — these reads
 * were a fifth of a first verification. Reading is a function of the text alone, so the
 * answer is the same whoever asks; callers must not change the list or its quantities.
 * @param text the sentence as written
 * @returns its quantities in reading order (shared, read-only)
 */
export function quantitiesOfText(text: string): readonly Quantity[] {
  let found = memo.get(text);
  if (found === undefined) {
    if (memo.size >= MEMO_TEXTS) memo.clear();
    memo.set(text, (found = readQuantities(text)));
  }
  return found;
}
