import type { FactChange } from '../relate/types.js';
import { escapeHtml } from './escape-html.js';

const CHANGE_ORDER: Readonly<Record<FactChange['change'], number>> = { altered: 0, added: 1, dropped: 2, kept: 3 };
const TYPE_ORDER: Readonly<Record<FactChange['type'], number>> = { quote: 0, number: 1, date: 2, name: 3 };

function chip(f: FactChange): string {
  const text = f.change === 'altered'
    ? `${escapeHtml(f.source ?? '')} <span class="arrow">→</span> ${escapeHtml(f.target ?? '')}`
    : escapeHtml(f.source ?? f.target ?? '');
  return f.type === 'quote' ? `<span class="chip quote">“${text}”</span>` : `<span class="chip">${text}</span>`;
}

/**
 * The facts of a pair as a compact HTML table: one row per kind of change (altered, added,
 * dropped, kept) and type (quote, number, date, name), each fact a chip; quotes on lines of
 * their own. Altered facts show both wordings. Changes come before what was kept.
 * @param facts `evidence.facts` of a pair
 */
export function factsTable(facts: readonly FactChange[]): string {
  if (facts.length === 0) return '<p class="none">No names, numbers, dates or quotes found.</p>';
  const groups = new Map<string, FactChange[]>();
  for (const f of facts) {
    const key = `${f.change}\u0000${f.type}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const rank = (f: FactChange): number => (CHANGE_ORDER[f.change] ?? 9) * 10 + (TYPE_ORDER[f.type] ?? 9);
  const rows = [...groups.values()]
    .map((list) => [...list].sort((x, y) => (x.source ?? x.target ?? '').localeCompare(y.source ?? y.target ?? '') || (x.target ?? '').localeCompare(y.target ?? '')))
    .sort((x, y) => rank(x[0] as FactChange) - rank(y[0] as FactChange))
    .map((list) => {
      const first = list[0] as FactChange;
      const cls = `fact-${first.change.replace(/[^a-z]/g, '')}`;
      return `<tr class="${cls}"><th>${escapeHtml(first.change)}</th><td class="fact-type">${escapeHtml(first.type)}s <small>${list.length}</small></td><td>${list.map(chip).join(' ')}</td></tr>`;
    });
  const changed = facts.filter((f) => f.change !== 'kept').length;
  return [`<p class="facts-summary">${changed} changed, ${facts.length - changed} kept</p>`, '<table class="facts"><tbody>', ...rows, '</tbody></table>'].join('\n');
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
