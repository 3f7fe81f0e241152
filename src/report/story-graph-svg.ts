import { escapeHtml } from './escape-html.js';
import type { StoryGraphLayout } from './layout-story-graph.js';
import { pairAnchor, relationClass } from './report-input.js';

const r = (n: number): string => (Math.round(n * 10) / 10).toString();

/**
 * A laid-out story graph as inline SVG: one box per document (short id, language, relation),
 * one arrow per "derived from" edge labelled with the relation and its score. Boxes and labels
 * of derived members link to their side-by-side view; the full id is in each box's tooltip.
 * @param graph the layout from `layoutStoryGraph`
 * @param storyIndex position of the story in the report (for unique ids and anchors)
 */
export function storyGraphSvg(graph: StoryGraphLayout, storyIndex: number): string {
  const marker = `arrow-${storyIndex}`;
  const out: string[] = [];
  out.push(
    `<svg class="story-graph" xmlns="http://www.w3.org/2000/svg" width="${graph.width}" height="${graph.height}" viewBox="0 0 ${graph.width} ${graph.height}" role="img" aria-label="story graph: who came from whom">`,
    `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrow-head"/></marker></defs>`,
  );
  for (const e of graph.edges) {
    const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p.x)},${r(p.y)}`).join(' ');
    const text = `${e.relation} ${e.score.toFixed(2)}`;
    const width = text.length * 7.3 + 8;
    out.push(
      `<a href="#${pairAnchor(storyIndex, e.member)}" class="graph-edge ${relationClass(e.relation)}">`,
      `<title>${escapeHtml(`${e.to} is ${e.relation} of ${e.from}`)}</title>`,
      `<path d="${d}" marker-end="url(#${marker})"/>`,
      `<rect x="${r(e.labelX - width / 2)}" y="${r(e.labelY - 9)}" width="${r(width)}" height="18" rx="4"/>`,
      `<text x="${r(e.labelX)}" y="${r(e.labelY + 4)}" text-anchor="middle">${escapeHtml(text)}</text>`,
      `</a>`,
    );
  }
  for (const n of graph.nodes) {
    const box = [
      `<title>${escapeHtml(n.document)}</title>`,
      `<rect x="${r(n.x - n.width / 2)}" y="${r(n.y - n.height / 2)}" width="${r(n.width)}" height="${r(n.height)}" rx="6"/>`,
      `<text x="${r(n.x)}" y="${r(n.y - 3)}" text-anchor="middle" class="node-id">${escapeHtml(n.label)}</text>`,
      `<text x="${r(n.x)}" y="${r(n.y + 13)}" text-anchor="middle" class="node-meta">${escapeHtml(`${n.language} · ${n.relation}`)}</text>`,
    ].join('');
    const cls = `graph-node ${relationClass(n.relation)}`;
    out.push(n.member >= 0 && n.relation !== 'origin'
      ? `<a href="#${pairAnchor(storyIndex, n.member)}" class="${cls}">${box}</a>`
      : `<g class="${cls}">${box}</g>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
