// Deterministic filler documents for the store failure tests: English words (so language
// detection settles quickly), different enough that few documents are candidates of each other.

const WORDS = (
  'harbour council budget minister storm ferry market school river bridge station museum police festival hospital airport ' +
  'teacher farmer engine garden winter summer window letter doctor village island mountain forest castle theatre library'
).split(' ');

/** JSONL lines of `count` documents with ids `doc-NNNN` from `first`, six sentences each. */
export function fillerJsonl(first: number, count: number): string {
  let seed = 7 + first;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16;
  const lines: string[] = [];
  for (let i = first; i < first + count; i++) {
    const sentences = Array.from({ length: 6 }, (_, k) => `Report ${i}-${k} says the ${Array.from({ length: 12 }, () => WORDS[next() % WORDS.length]).join(' ')} numbered ${next() % 100000}.`);
    lines.push(JSON.stringify({ id: `doc-${String(i).padStart(4, '0')}`, text: sentences.join(' ') }));
  }
  return `${lines.join('\n')}\n`;
}

/** Ids `fillerJsonl(first, count)` writes. */
export function fillerIds(first: number, count: number): string[] {
  return Array.from({ length: count }, (_, k) => `doc-${String(first + k).padStart(4, '0')}`);
}
