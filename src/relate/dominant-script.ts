/** Writing systems told apart by code-point ranges (enough to tell whether two texts can share words). */
export type Script = 'latin' | 'greek' | 'cyrillic' | 'hebrew' | 'arabic' | 'indic' | 'thai' | 'hangul' | 'cjk' | 'other' | 'none';

const LETTERS_READ = 2_000;

function scriptOf(code: number): Script | undefined {
  if (code < 0x250) {
    const latin = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0xc0;
    return latin ? 'latin' : undefined;
  }
  if (code >= 0x1e00 && code <= 0x1eff) return 'latin';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (code >= 0x590 && code <= 0x5ff) return 'hebrew';
  if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfeff)) return 'arabic';
  if (code >= 0x900 && code <= 0xdff) return 'indic';
  if (code >= 0xe00 && code <= 0xe7f) return 'thai';
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0xac00 && code <= 0xd7af)) return 'hangul';
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff)) return 'cjk';
  return /\p{L}/u.test(String.fromCodePoint(code)) ? 'other' : undefined;
}

/**
 * The script most letters of a text are written in, from its first 2,000 letters. Names and
 * numbers in Latin letters inside a Japanese article do not outweigh its kana and kanji.
 * @param sentences the text, as sentences
 * @returns the dominant script, or `none` when there are no letters
 */
export function dominantScript(sentences: readonly { text: string }[]): Script {
  const counts = new Map<Script, number>();
  let read = 0;
  for (const { text } of sentences) {
    for (const char of text) {
      const script = scriptOf(char.codePointAt(0) ?? 0);
      if (script === undefined) continue;
      counts.set(script, (counts.get(script) ?? 0) + 1);
      if (++read >= LETTERS_READ) return leader(counts);
    }
  }
  return leader(counts);
}

function leader(counts: ReadonlyMap<Script, number>): Script {
  let best: Script = 'none';
  let most = 0;
  // Map order is insertion order, so ties go to the script met first: deterministic.
  for (const [script, count] of counts) {
    if (count > most) {
      best = script;
      most = count;
    }
  }
  return best;
}
