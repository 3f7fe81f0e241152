import type { Story } from '../stories/types.js';
import type { DocumentSummary } from '../types.js';
import { escapeHtml, safeHttpUrl } from './escape-html.js';
import { evidenceList } from './pair-evidence.js';
import { layoutStoryGraph } from './layout-story-graph.js';
import { pairView } from './pair-view.js';
import { pairAnchor, relationClass, storyAnchor } from './report-input.js';
import { storyGraphSvg } from './story-graph-svg.js';
import { countNoun } from './count-noun.js';

/** Languages of a story's members, sorted and joined. */
export function storyLanguages(story: Story, documents: ReadonlyMap<string, DocumentSummary>): string {
  return [...new Set(story.members.map((m) => documents.get(m.document)?.language ?? 'und'))].sort().join(', ');
}

/** How sure the origin is, in words: a reader should not take a low number for a finding. */
export function confidenceWord(confidence: number): string {
  return confidence >= 0.75 ? 'high' : confidence >= 0.45 ? 'medium' : 'low — thin evidence';
}

function documentCell(doc: DocumentSummary | undefined, id: string): string {
  const url = safeHttpUrl(doc?.url);
  const shownUrl = doc?.url ? (url ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(url)}</a>` : `<span class="unsafe-url">${escapeHtml(doc.url)}</span>`) : '';
  return `<span class="doc-id">${escapeHtml(id)}</span>${doc?.title ? `<div class="doc-title">${escapeHtml(doc.title)}</div>` : ''}${shownUrl ? `<div class="doc-url">${shownUrl}</div>` : ''}`;
}

/**
 * One story as HTML: size and languages, the origin with its confidence and reasons, the story
 * graph, a table of members, and each derived member's side-by-side view against its source.
 * @param story the story
 * @param storyIndex its position in the report (anchors)
 * @param documents summaries by id
 * @param sentences sentences by document id
 * @param openPairs whether the side-by-side views start open (a long report starts with them closed)
 */
export function storySection(
  story: Story,
  storyIndex: number,
  documents: ReadonlyMap<string, DocumentSummary>,
  sentences: ReadonlyMap<string, readonly string[]>,
  openPairs = true,
): string {
  const languages = new Map([...documents.values()].map((d) => [d.id, d.language]));
  const origin = documents.get(story.origin.document);
  const c = story.origin.confidence;
  const out: string[] = [];
  out.push(
    `<section class="story" id="${storyAnchor(storyIndex)}">`,
    `<h2>${escapeHtml(story.id)} <small>${countNoun(story.members.length, 'document')} · ${escapeHtml(storyLanguages(story, documents))}</small></h2>`,
    '<div class="origin">',
    `<h3>Origin: <span class="doc-id">${escapeHtml(story.origin.document)}</span></h3>`,
    origin?.title ? `<p class="origin-title">${escapeHtml(origin.title)}</p>` : '',
    `<p class="confidence">confidence <meter min="0" max="1" low="0.45" high="0.75" optimum="1" value="${c.toFixed(2)}"></meter> <strong>${c.toFixed(2)}</strong> (${escapeHtml(confidenceWord(c))})</p>`,
    '<ul class="reasons">',
    ...story.origin.reasons.map((r) => `<li>${escapeHtml(r)}</li>`),
    '</ul>',
    evidenceList('Boilerplate removed from the origin', origin?.boilerplate ?? [], 'boilerplate'),
    '</div>',
    '<div class="graph-box">',
    storyGraphSvg(layoutStoryGraph(story, languages), storyIndex),
    '</div>',
    '<table class="members"><thead><tr><th>relation</th><th>document</th><th>lang</th><th>date</th><th>site</th><th>derived from</th><th>score</th><th></th></tr></thead><tbody>',
  );
  story.members.forEach((m, i) => {
    const doc = documents.get(m.document);
    const link = m.relation === 'origin' ? '' : `<a href="#${pairAnchor(storyIndex, i)}">compare</a>`;
    out.push(
      `<tr><td><span class="badge ${relationClass(m.relation)}">${escapeHtml(m.relation)}</span></td><td>${documentCell(doc, m.document)}</td><td>${escapeHtml(doc?.language ?? 'und')}</td><td>${escapeHtml(doc?.date?.slice(0, 10) ?? '')}</td><td>${escapeHtml(doc?.site ?? '')}</td><td class="doc-id">${escapeHtml(m.source ?? '')}</td><td>${m.relation === 'origin' ? '' : m.score.toFixed(2)}</td><td>${link}</td></tr>`,
    );
  });
  out.push('</tbody></table>');
  story.members.forEach((m, i) => {
    if (m.relation === 'origin' || m.source === null) return;
    out.push(
      pairView({
        storyIndex,
        memberIndex: i,
        member: m,
        source: documents.get(m.source),
        target: documents.get(m.document),
        sourceSentences: sentences.get(m.source),
        targetSentences: sentences.get(m.document),
        open: openPairs,
      }),
    );
  });
  out.push('</section>');
  return out.join('\n');
}
