import type { StoryMember } from '../stories/types.js';
import type { DocumentSummary } from '../types.js';
import { escapeHtml } from './escape-html.js';
import { evidenceList, factsTable } from './pair-evidence.js';
import { pairRows, type PairRow } from './pair-rows.js';
import { pairAnchor, relationClass } from './report-input.js';
import { MATCH_MARKS } from './match-marks.js';
import { wordDiffHtml } from './word-diff.js';

/** What one member's side-by-side view needs. */
export interface PairViewInput {
  storyIndex: number;
  memberIndex: number;
  member: StoryMember;
  source: DocumentSummary | undefined;
  target: DocumentSummary | undefined;
  sourceSentences: readonly string[] | undefined;
  targetSentences: readonly string[] | undefined;
  /** Whether the view starts open (default true; a long report starts with them closed). */
  open?: boolean;
}

function textOf(sentences: readonly string[] | undefined, ids: readonly number[]): string {
  return ids.map((i) => sentences?.[i] ?? '').join(' ').trim();
}

function row(r: PairRow, input: PairViewInput, sameLanguage: boolean): string {
  const { sourceSentences: src, targetSentences: tgt } = input;
  if (r.kind === 'added') {
    return `<tr class="row-added"><td class="side empty"></td><td class="mark" title="added in this version">+</td><td class="side">${escapeHtml(textOf(tgt, [r.target]))}</td></tr>`;
  }
  if (r.kind === 'dropped') {
    return `<tr class="row-dropped"><td class="side">${escapeHtml(textOf(src, [r.source]))}</td><td class="mark" title="dropped from the source">−</td><td class="side empty"></td></tr>`;
  }
  const left = textOf(src, r.source);
  const right = textOf(tgt, r.target);
  const diff = sameLanguage && r.match !== 'identical' ? wordDiffHtml(left, right) : { source: escapeHtml(left), target: escapeHtml(right), changed: false };
  const mark = `<td class="mark" title="${escapeHtml(`${r.match}, similarity ${r.similarity.toFixed(2)}`)}">${MATCH_MARKS[r.match]?.mark ?? '?'}<small>${r.similarity.toFixed(2)}</small></td>`;
  return `<tr class="row-bead match-${r.match}${diff.changed ? ' changed' : ''}"><td class="side">${diff.source}</td>${mark}<td class="side">${diff.target}</td></tr>`;
}

/** Runs of this many or more sentences added (or dropped) in a row are folded into one row. */
const FOLD_RUN = 4;

function foldedRun(kind: 'added' | 'dropped', texts: readonly string[]): string {
  const verb = kind === 'added' ? 'added in this version' : 'dropped from the source';
  const cell = `<td class="side"><details class="run"><summary>${texts.length} sentences ${verb}</summary>${texts.map((t) => `<p>${escapeHtml(t)}</p>`).join('')}</details></td>`;
  const mark = `<td class="mark">${kind === 'added' ? '+' : '−'}<small>×${texts.length}</small></td>`;
  return `<tr class="row-${kind} row-run">${kind === 'added' ? `<td class="side empty"></td>${mark}${cell}` : `${cell}${mark}<td class="side empty"></td>`}</tr>`;
}

/** Table rows for the side-by-side view; long runs of added or dropped sentences folded. */
function tableRows(rows: readonly PairRow[], input: PairViewInput, sameLanguage: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; ) {
    const r = rows[i];
    if (!r) break;
    let j = i;
    while (r.kind !== 'bead' && rows[j]?.kind === r.kind) j++;
    if (r.kind !== 'bead' && j - i >= FOLD_RUN) {
      const run = rows.slice(i, j);
      out.push(foldedRun(r.kind, run.map((x) => (x.kind === 'added' ? textOf(input.targetSentences, [x.target]) : x.kind === 'dropped' ? textOf(input.sourceSentences, [x.source]) : ''))));
      i = j;
    } else {
      out.push(row(r, input, sameLanguage));
      i++;
    }
  }
  return out;
}

function docHeading(doc: DocumentSummary | undefined, id: string, role: string): string {
  const meta = [doc?.language, doc?.site, doc?.date?.slice(0, 16).replace('T', ' ')].filter((x): x is string => Boolean(x));
  return `<th class="side"><span class="role">${escapeHtml(role)}</span> <span class="doc-id">${escapeHtml(id)}</span>${doc?.title ? `<div class="doc-title">${escapeHtml(doc.title)}</div>` : ''}<div class="doc-meta">${escapeHtml(meta.join(' · '))}</div></th>`;
}

/**
 * A member's evidence against its source as HTML: reasons, aligned sentences side by side (with a
 * word diff when both are in one language), sentences added and dropped in place, the facts that
 * changed, MT artefacts, attributions and the boilerplate removed from both documents.
 * @returns a `<details>` element with id `pair-<story>-<member>`, open unless `input.open` is false
 */
export function pairView(input: PairViewInput): string {
  const { member: m } = input;
  const e = m.evidence;
  const sourceId = m.source ?? '';
  const sameLanguage = (e.sourceLanguage ?? input.source?.language) === (e.targetLanguage ?? input.target?.language);
  const rows = pairRows({ beads: e.beads ?? [], added: e.added ?? [], dropped: e.dropped ?? [] });
  const missing = !input.sourceSentences || !input.targetSentences;
  const out: string[] = [];
  out.push(
    `<details class="pair" id="${pairAnchor(input.storyIndex, input.memberIndex)}"${input.open === false ? '' : ' open'}>`,
    `<summary><span class="badge ${relationClass(m.relation)}">${escapeHtml(m.relation)}</span> <span class="doc-id">${escapeHtml(m.document)}</span> <span class="from">from</span> <span class="doc-id">${escapeHtml(sourceId)}</span> <span class="score">score ${m.score.toFixed(2)}</span></summary>`,
  );
  if ((e.reasons ?? []).length > 0) out.push('<ul class="reasons">', ...(e.reasons ?? []).map((x) => `<li>${escapeHtml(x)}</li>`), '</ul>');
  const counts = `${(e.beads ?? []).length} aligned, ${(e.added ?? []).length} added, ${(e.dropped ?? []).length} dropped${sameLanguage ? '' : ' · different languages: no word diff'}`;
  out.push(`<p class="pair-counts">${escapeHtml(counts)}</p>`);
  if (missing) out.push('<p class="none">The sentences of this pair are not in the store; only the evidence is shown.</p>');
  out.push(
    `<table class="side-by-side${sameLanguage ? '' : ' cross-language'}"><thead><tr>`,
    docHeading(input.source, sourceId, 'source'),
    '<th class="mark"></th>',
    docHeading(input.target, m.document, 'this version'),
    '</tr></thead><tbody>',
    ...tableRows(rows, input, sameLanguage),
    '</tbody></table>',
    '<div class="evidence">',
    '<h4>Facts</h4>',
    factsTable(e.facts ?? []),
    evidenceList('Machine-translation artefacts', e.artefacts ?? [], 'artefacts'),
    evidenceList('Attributions to another outlet', e.attributions ?? [], 'attributions'),
    evidenceList(`Boilerplate removed from the source`, input.source?.boilerplate ?? [], 'boilerplate'),
    evidenceList(`Boilerplate removed from this version`, input.target?.boilerplate ?? [], 'boilerplate'),
    '</div>',
    '</details>',
  );
  return out.join('\n');
}
