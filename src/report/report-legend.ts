import type { MemberRelation } from '../stories/types.js';
import { escapeHtml } from './escape-html.js';
import { MATCH_MARKS } from './match-marks.js';
import { relationClass } from './report-input.js';

/**
 * What each relation means, in a reader's words (the README's list). A newcomer who opens the
 * report sees "retranslation 0.84" with no README at hand; the page has to say it itself.
 */
export const RELATION_MEANINGS: Readonly<Record<MemberRelation, string>> = {
  origin: 'the version the others most likely come from',
  copy: 'the same text',
  excerpt: 'a part of the source, word for word',
  'edited-copy': 'the source with words or sentences changed, added or dropped',
  translation: 'the source in another language',
  retranslation: 'the source translated into another language and back (a machine-translation round trip)',
  rewrite: 'the source restated in other words (an AI or "spinner" rewrite)',
  derivative: 'a new report that reuses the source’s quotes or sentences',
};

/**
 * "How to read this report": the relations, what a score and a confidence mean, and the marks
 * of the side-by-side view. A `<details>` closed by default: one click for a newcomer, out of
 * the way for everyone else.
 */
export function reportLegend(): string {
  const relations = Object.entries(RELATION_MEANINGS).map(
    ([r, meaning]) => `<li><span class="badge ${relationClass(r)}">${escapeHtml(r)}</span> ${escapeHtml(meaning)}</li>`,
  );
  const marks = Object.values(MATCH_MARKS).map((m) => `<li><strong>${escapeHtml(m.mark)}</strong> ${escapeHtml(m.meaning)}</li>`);
  return [
    '<details class="legend"><summary>How to read this report</summary>',
    '<p>A <strong>story</strong> is a set of documents that are versions of one another. Each version is linked to the document it most likely came from (“derived from”), with the relation between them:</p>',
    `<ul class="legend-relations">${relations.join('')}</ul>`,
    '<p><strong>score</strong>: the strength of the evidence for that relation. Each relation has its own measure, so compare scores within a relation only (a faithful translation scores about 0.25–0.5: words matched across languages through dictionaries).</p>',
    '<p><strong>confidence</strong>: how sure the origin is (0.15–0.95): high from 0.75, medium from 0.45, low below (thin evidence). The reasons under the origin say why.</p>',
    '<p>In a side-by-side view the source is on the left and this version on the right; <span class="legend-added">added</span> and <span class="legend-dropped">dropped</span> sentences stand in place, and the mark between two aligned sentences says how close they are:</p>',
    `<ul class="legend-marks">${marks.join('')}</ul>`,
    '</details>',
  ].join('\n');
}
