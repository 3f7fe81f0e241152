import type { FactChange } from '../relate/types.js';
import { escapeHtml } from './escape-html.js';

const CHANGE_ORDER: Readonly<Record<FactChange['change'], number>> = { altered: 0, added: 1, dropped: 2, kept: 3 };
const TYPE_ORDER: Readonly<Record<FactChange['type'], number>> = { quote: 0, number: 1, date: 2, name: 3 };

function factRows(facts: readonly FactChange[]): string {
  const rows = facts.map((f) => {
    const cls = `fact fact-${f.change.replace(/[^a-z]/g, '')}`;
    return `<tr class="${cls}"><td>${escapeHtml(f.change)}</td><td>${escapeHtml(f.type)}</td><td>${escapeHtml(f.source ?? '')}</td><td>${escapeHtml(f.target ?? '')}</td></tr>`;
  });
  return ['<table class="facts"><thead><tr><th>change</th><th>type</th><th>in the source</th><th>in this version</th></tr></thead><tbody>', ...rows, '</tbody></table>'].join('\n');
}

/**
 * The facts of a pair as HTML: changed ones (altered, added, dropped) and kept quotes in a
 * table, quotes first, then numbers, dates and names; the other kept facts folded away below,
 * so what changed is what a reader sees first.
 * @param facts `evidence.facts` of a pair
 */
export function factsTable(facts: readonly FactChange[]): string {
  if (facts.length === 0) return '<p class="none">No names, numbers, dates or quotes found.</p>';
  const sorted = [...facts].sort(
    (x, y) =>
      (CHANGE_ORDER[x.change] ?? 9) - (CHANGE_ORDER[y.change] ?? 9) ||
      (TYPE_ORDER[x.type] ?? 9) - (TYPE_ORDER[y.type] ?? 9) ||
      (x.source ?? x.target ?? '').localeCompare(y.source ?? y.target ?? ''),
  );
  const shown = sorted.filter((f) => f.change !== 'kept' || f.type === 'quote');
  const folded = sorted.filter((f) => f.change === 'kept' && f.type !== 'quote');
  const changed = facts.filter((f) => f.change !== 'kept').length;
  const out = [`<p class="facts-summary">${changed} changed, ${facts.length - changed} kept</p>`];
  if (shown.length > 0) out.push(factRows(shown));
  if (folded.length > 0) out.push(`<details class="kept-facts"><summary>${folded.length} names, numbers and dates kept</summary>`, factRows(folded), '</details>');
  return out.join('\n');
}

/**
 * A titled list of short texts (MT artefacts, attributions, boilerplate lines), or nothing when
 * the list is empty.
 * @param title heading text (ours, not escaped twice)
 * @param items texts from documents (escaped here)
 * @param cls CSS class of the list
 */
export function evidenceList(title: string, items: readonly string[], cls: string): string {
  if (items.length === 0) return '';
  return [
    `<h4>${escapeHtml(title)} (${items.length})</h4>`,
    `<ul class="${escapeHtml(cls)}">`,
    ...items.map((item) => `<li>${escapeHtml(item)}</li>`),
    '</ul>',
  ].join('\n');
}
