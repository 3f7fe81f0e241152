/** Context characters shown on each side of an artefact. */
const CONTEXT = 18;
/** Artefacts found less than this many characters after the last one kept are the same spot. */
const SAME_SPOT = 4;

/**
 * Marks that machine translation leaves in text and careful editors do not: doubled or
 * stray punctuation (". .", ",,"), a space before punctuation, a sentence that starts in
 * lowercase (a break put in the wrong place: "defend our country. interests"), a doubled
 * word ("the the").
 * @param text cleaned document text
 * @param sentences the text's sentences with their start offsets (to find lowercase starts)
 * @returns short excerpts around each artefact, in text order
 */
export function findMtArtefacts(text: string, sentences: readonly { text: string; start: number }[]): string[] {
  const found: { at: number; excerpt: string }[] = [];
  const excerpt = (at: number, length: number): string =>
    `…${text.slice(Math.max(0, at - CONTEXT), Math.min(text.length, at + length + CONTEXT)).replace(/\s+/g, ' ')}…`;
  const patterns: RegExp[] = [
    /[.!?,;:]\s+[.,;:](?!\.)/g, // ". ." ", ." — doubled punctuation
    /,,|(?<!\.)\.\.(?!\.)/g, // ",," ".." but not an ellipsis
    /[\p{L}\p{N}.)"'] +[,;:!?](?=\s|$)/gu, // space before punctuation
    /\p{L} +\.(?=\s|$)/gu, // space before a full stop
    /\b(\p{L}{2,})\s+\1\b/giu, // doubled word
    // A full stop after a plain word, then a lowercase word: a sentence broken in the wrong place
    // ("defend our country. interests"). Abbreviations are short or listed, so they are skipped.
    /\b(?!(?:etc|approx|incl|esp|vs|viz|cca|dkk|dll|dsb|tsb|yth)\.)\p{Ll}\p{L}{2,}\. +\p{Ll}/gu,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) found.push({ at: m.index, excerpt: excerpt(m.index, m[0].length) });
  }
  for (const s of sentences) {
    const first = s.text.match(/\p{L}/u);
    if (first && first.index === 0 && first[0] !== first[0].toUpperCase()) {
      found.push({ at: s.start, excerpt: excerpt(s.start, Math.min(12, s.text.length)) });
    }
  }
  // One artefact per spot, even when several patterns see it a character or two apart
  // ("tersebut . ." is a space before a stop and a doubled stop).
  let last = -Infinity;
  return found
    .sort((a, b) => a.at - b.at)
    .filter((f) => {
      if (f.at - last < SAME_SPOT) return false;
      last = f.at;
      return true;
    })
    .map((f) => f.excerpt);
}
