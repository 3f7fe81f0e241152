import type { AlignSentence } from '../align/index.js';
import { stemmerFor } from '../text/index.js';
import type { Sentence } from '../text/types.js';
import type { PairDocument } from './pair-document.js';

/** A name anchor: letters, apostrophes, dots and hyphens (not a number, a date or a quote). */
const NAME = /^\p{L}[\p{L}'’.-]*$/u;

// A document's names depend on its sentences only: once per view, not once per pair.
const namesCache = new WeakMap<PairDocument['sentences'], readonly string[]>();

function namesOf(d: PairDocument): readonly string[] {
  let names = namesCache.get(d.sentences);
  if (names === undefined) {
    const found = new Set<string>();
    for (const s of d.sentences) for (const anchor of s.anchors) if (NAME.test(anchor)) found.add(anchor);
    namesCache.set(d.sentences, (names = [...found]));
  }
  return names;
}

// The stripped forms a sentence has been given, reused when a later pair strips the same
// words: the aligner caches what it derives from a sentence (grams, concept bags, quantities)
// by the sentence object, and a new object for every pair made it derive them again for
// every pair. A sentence gets one form per distinct set of removed words (few: its own names
// always go, another document's only when this sentence has them too).
const strippedCache = new WeakMap<Sentence, AlignSentence[]>();

function sameWords(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

function stripped(s: Sentence, names: ReadonlySet<string>, nameStems: ReadonlySet<string>): AlignSentence {
  const tokens = s.tokens.filter((t) => !names.has(t));
  const stems = s.stems.filter((t) => !nameStems.has(t));
  let forms = strippedCache.get(s);
  if (forms === undefined) strippedCache.set(s, (forms = []));
  for (const form of forms) if (sameWords(form.tokens, tokens) && sameWords(form.stems, stems)) return form;
  const form: AlignSentence = { tokens, stems, anchors: s.anchors.filter((x) => /^\d/.test(x)), text: s.text };
  forms.push(form);
  return form;
}

/**
 * The sentences of a pair with the names of either side taken out: what is said, not who it
 * is said about. A report on another event with the same people shares the names ("Graham
 * Oduya, the chief executive of the Kestrel Bay Port Authority, said…") in sentences that
 * state something else; a rewrite restates what was said in other words and keeps the
 * numbers. Number anchors stay, name and quote anchors go (a quote's words stay among the stems).
 * A sentence stripped of the same words as before comes back as the same object (callers
 * never change it), so what is derived from it per object is derived once.
 * @returns both sides' sentences, in order, names removed from tokens, stems and anchors
 */
export function contentSentences(a: PairDocument, b: PairDocument): { a: AlignSentence[]; b: AlignSentence[] } {
  const names = new Set([...namesOf(a), ...namesOf(b)]);
  const nameStems = new Set(names);
  for (const d of [a, b]) {
    const stem = stemmerFor(d.language);
    for (const n of names) nameStems.add(stem(n));
  }
  const strip = (d: PairDocument): AlignSentence[] => d.sentences.map((s) => stripped(s, names, nameStems));
  return { a: strip(a), b: strip(b) };
}
