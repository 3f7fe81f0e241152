import type { AnalysisResult, DocumentSummary } from '../types.js';
import { escapeHtml } from './escape-html.js';
import { relationClass, storyAnchor } from './report-input.js';
import { storyLanguages } from './story-section.js';
import { countNoun } from './count-noun.js';

/**
 * The report's overview: one row per story with its size, languages, origin (and its headline) and confidence, and
 * how many members hold each relation; then the documents in no story and the warnings.
 * @param analysis the analysis result
 * @param documents summaries by id
 */
export function storyOverview(analysis: AnalysisResult, documents: ReadonlyMap<string, DocumentSummary>): string {
  const out: string[] = [];
  out.push(
    `<p class="totals">${countNoun(analysis.documents.length, 'document')} · ${countNoun(analysis.stories.length, 'story', 'stories')} · ${countNoun(analysis.warnings.length, 'warning')}</p>`,
  );
  if (analysis.stories.length === 0) {
    out.push('<p class="none">No story: no two documents were versions of one another.</p>');
    return out.join('\n');
  }
  out.push('<table class="overview"><thead><tr><th>story</th><th>size</th><th>languages</th><th>origin</th><th>confidence</th><th>relations</th></tr></thead><tbody>');
  analysis.stories.forEach((s, i) => {
    const counts = new Map<string, number>();
    for (const m of s.members) if (m.relation !== 'origin') counts.set(m.relation, (counts.get(m.relation) ?? 0) + 1);
    const relations = [...counts.entries()]
      .sort((x, y) => x[0].localeCompare(y[0]))
      .map(([r, n]) => `<span class="badge ${relationClass(r)}">${escapeHtml(r)}${n > 1 ? ` ×${n}` : ''}</span>`)
      .join(' ');
    // The headline says what the story is about; a path or a JSONL id seldom does.
    const headline = documents.get(s.origin.document)?.title;
    out.push(
      `<tr class="overview-row"><td><a href="#${storyAnchor(i)}">${escapeHtml(s.id)}</a></td><td>${s.members.length}</td><td>${escapeHtml(storyLanguages(s, documents))}</td><td><span class="doc-id">${escapeHtml(s.origin.document)}</span>${headline ? `<div class="doc-title">${escapeHtml(headline)}</div>` : ''}</td><td>${s.origin.confidence.toFixed(2)}</td><td>${relations}</td></tr>`,
    );
  });
  out.push('</tbody></table>');
  return out.join('\n');
}

/**
 * Documents in no story and the warnings of the run, as HTML (empty parts omitted).
 * @param analysis the analysis result
 */
export function leftovers(analysis: AnalysisResult): string {
  const inStory = new Set(analysis.stories.flatMap((s) => s.members.map((m) => m.document)));
  const alone = analysis.documents.filter((d) => !inStory.has(d.id));
  const out: string[] = [];
  if (alone.length > 0) {
    out.push(`<section class="alone"><h2>In no story (${alone.length})</h2><ul>`, ...alone.map((d) => `<li><span class="doc-id">${escapeHtml(d.id)}</span>${d.title ? ` — ${escapeHtml(d.title)}` : ''}</li>`), '</ul></section>');
  }
  if (analysis.warnings.length > 0) {
    out.push(`<section class="warnings"><h2>Warnings (${analysis.warnings.length})</h2><ul>`, ...analysis.warnings.map((w) => `<li><span class="doc-id">${escapeHtml(w.document)}</span>: ${escapeHtml(w.message)}</li>`), '</ul></section>');
  }
  return out.join('\n');
}
