// The tuning/reporting split of every dataset, fixed in code so that no run can move an item
// from one side to the other. Thresholds may be chosen on the `tune` part only.

/** Which part of a dataset an item belongs to. */
export type Part = 'tune' | 'test';

/** Salt of the hash split; changing it would change every split, so it never changes. */
const SPLIT_SALT = 'storytrace-eval-v1';

/**
 * FNV-1a 32-bit hash of a string (UTF-16 code units), the same on every machine.
 * @param text any string
 * @returns an unsigned 32-bit integer
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Puts an item in the tuning or the test half by a salted hash of its key (about half each).
 * @param key a stable item key (pair id, document name)
 * @returns `tune` or `test`, always the same for the same key
 */
export function hashPart(key: string): Part {
  return fnv1a(`${SPLIT_SALT}:${key}`) % 2 === 0 ? 'tune' : 'test';
}

/** Clough–Stevenson tasks used for tuning; answers to the other three are the test set. */
export const CLOUGH_TUNE_TASKS: readonly string[] = Object.freeze(['a', 'b']);

/**
 * The part of a Clough–Stevenson answer, by its task (split by task, as the corpus authors advise,
 * so no source text is seen on both sides).
 * @param task task letter `a`…`e`
 */
export function cloughPart(task: string): Part {
  return CLOUGH_TUNE_TASKS.includes(task) ? 'tune' : 'test';
}

/**
 * The part of an Indonesian suspicious document (a source document may serve both halves;
 * the cases, which are what is measured, never do).
 * @param suspiciousFile file name, e.g. `suspicious-document00001.txt`
 */
export function indonesianPart(suspiciousFile: string): Part {
  return hashPart(`id-plagiarism:${suspiciousFile}`);
}

/**
 * The part of a SemEval-2022 Task 8 pair. Only training pairs have text, so they are split
 * again; a language-suffixed HFL augmentation follows its source pair.
 * @param pairId e.g. `1556488279_1573093212fr`
 */
export function semevalPart(pairId: string): Part {
  return hashPart(`semeval:${pairId.replace(/[a-z]+/g, '')}`);
}
