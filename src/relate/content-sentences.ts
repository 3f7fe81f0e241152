import type { AlignSentence } from '../align/index.js';
import { stemmerFor } from '../text/index.js';
import type { PairDocument } from './pair-document.js';

/**
 * The sentences of a pair with the names of either side taken out: what is said, not who it
 * is said about. A report on another event with the same people shares the names ("Graham
 * Oduya, the chief executive of the Kestrel Bay Port Authority, said…") in sentences that
 * state something else; a rewrite restates what was said in other words and keeps the
 * numbers. Number anchors stay, name and quote anchors go (a quote's words stay among the stems).
 * @returns both sides' sentences, in order, names removed from tokens, stems and anchors
 */
export function contentSentences(a: PairDocument, b: PairDocument): { a: AlignSentence[]; b: AlignSentence[] } {
  const names = new Set<string>();
  for (const d of [a, b]) for (const s of d.sentences) for (const anchor of s.anchors) if (/^\p{L}[\p{L}'’.-]*$/u.test(anchor)) names.add(anchor);
  const nameStems = new Set(names);
  for (const d of [a, b]) {
    const stem = stemmerFor(d.language);
    for (const n of names) nameStems.add(stem(n));
  }
  const strip = (d: PairDocument): AlignSentence[] =>
    d.sentences.map((s) => ({
      tokens: s.tokens.filter((t) => !names.has(t)),
      stems: s.stems.filter((t) => !nameStems.has(t)),
      anchors: s.anchors.filter((x) => /^\d/.test(x)),
      text: s.text,
    }));
  return { a: strip(a), b: strip(b) };
}
