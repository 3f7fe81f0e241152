// What the numbers mean and what would raise them, per section, written after reading a run.
// Qualitative on purpose: the tables carry the numbers, so these notes stay true when they move.
import type { ReportSection } from './report-section.js';

const NOTES: readonly { titleStart: string; text: string }[] = [
  {
    titleStart: 'Clough–Stevenson',
    text: [
      '**Reading and what would raise it.** Cut answers copy *parts* of the source with small edits, so they fall between our rules: the short side\'s 5-gram containment (often 0.4–0.6) is below the excerpt rule (0.7), and the long source is far below the edited-copy rule (both sides ≥ 0.5); they become `rewrite` or `derivative`. An "edited excerpt" rule (short-side containment ≥ 0.4 and ≥ 40 % verbatim words, long side free) would move most of them into the accepted set. Light answers split between `rewrite`, `derivative` and `retranslation`; the retranslation rule fires on light edits because order is kept and words are swapped — it should require MT artefacts or a foreign round trip signal before outranking `rewrite` on English-only pairs. Several short light answers (4–7 sentences against 25–32) are `derivative` because coverage is measured against the long side; a length-aware rewrite rule (short-side coverage only when one side is ≥ 3× longer) would help. Direction is often wrong on these pairs (the answer taken as the source) because nothing dates them; that does not affect the accuracy here. On reused-vs-not, a tuned TF-IDF cosine beats us: our "not unrelated" decision is stricter than topic similarity, which on this corpus (every `non` answer is on the same topic) still separates well. One `cut` answer (g2pE_taskc) shares no 5-gram with its source at all — likely a labelling slip in the corpus.',
    ].join(' '),
  },
  {
    titleStart: 'SemEval-2022',
    text: '**Reading and what would raise it.** Our similarity is a lexical score: an IDF- and lead-weighted cosine of stems in the shared English space. It beats the TF-IDF baseline within languages (IDF over the whole collection, headline and lead weighted up) and more across languages (projection through the lexicons works; the cross-language scale makes projected pairs comparable with same-language ones in one pooled correlation). The best systems (0.82) fine-tune multilingual transformers on these labels; a lexical score will not reach that. Weak spots: de-de and pl-pl, whose HFL texts are often machine-translation round trips of the article (the words of one version are not the words of the other), and zh (no segmenter or lexicon; zh is treated as `und` and only shares names and numbers across languages). Names/numbers overlap and restated-sentence coverage were tried as separate features and added nothing on the tuning half: the IDF already weights names up, and most same-story pairs restate no sentence. The same-story decision has low recall because storytrace relates documents only when one *reuses* the other; independent reports of the same event (most gold ≤ 1.5 pairs) are `unrelated` by design. A separate "same event" link (this story similarity above a threshold plus dates within a few days) would serve story clustering without weakening the reuse relations.',
  },
  {
    titleStart: 'Indonesian plagiarism',
    text: '**Reading and what would raise it.** Our weakness is precision: hundreds of detections on the test half, most of them chance alignments between long literary texts (novels, blogs) that share names and phrasing, which the bead similarity floor tuned on the tuning half cannot remove without losing the obfuscated cases. A passage-level gate would raise it: keep a passage only with ≥ 2 aligned sentences or a minimum length, or only when the window\'s alignment is dense (most sentences matched in order). Our strength is the obfuscated and simulated cases, where word order and words change but stems remain (`simulated`, `pos-preserving`); `semantic-variation` needs an Indonesian synonym pack (only English WordNet concepts exist). Sentence granularity reports whole sentences, which costs precision at passage edges, and a case split across several windows raises granularity: a second pass merging passages whose source ranges touch would lower it. Speed also limits recall: windows need ≥ 2 seed sentence pairs so that a long novel does not spawn thousands of alignments (this section takes most of the run); a passage index from the sketch stage (winnowed fingerprints per sentence window) would allow single-sentence seeds.',
  },
];

/**
 * Appends the notes written for a section (none for skipped sections or unknown titles).
 * @param section a section as produced by an evaluation
 * @returns the same section, with its notes after the tables
 */
export function withNotes(section: ReportSection): ReportSection {
  if (section.skipped !== undefined) return section;
  const note = NOTES.find((n) => section.title.startsWith(n.titleStart));
  return note ? { ...section, markdown: `${section.markdown}\n\n${note.text}` } : section;
}
