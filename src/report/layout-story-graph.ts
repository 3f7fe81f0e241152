import { graphlib, layout, type EdgeLabel, type GraphLabel, type NodeLabel, type Point } from '@dagrejs/dagre';
import type { Story } from '../stories/types.js';

/** A positioned document in a story graph (centre coordinates, pixels). */
export interface GraphNode {
  document: string;
  label: string;
  language: string;
  relation: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Index of the member in `story.members`, or -1 for a source outside the story. */
  member: number;
}

/** A positioned "derived from" edge, from source to derived document. */
export interface GraphEdge {
  from: string;
  to: string;
  relation: string;
  score: number;
  points: { x: number; y: number }[];
  labelX: number;
  labelY: number;
  member: number;
}

/** A laid-out story graph. */
export interface StoryGraphLayout {
  width: number;
  height: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Longest node label, in characters, before its middle is elided. */
const MAX_LABEL = 44;
/** Approximate width of one label character at the report's 12px monospace font. */
const CHAR_WIDTH = 7.3;
const NODE_HEIGHT = 42;
const EDGE_LABEL_HEIGHT = 16;
const MARGIN = 12;

/** Shortens a long id in the middle, where ids differ least (folder / file stem). */
export function shortLabel(id: string, max = MAX_LABEL): string {
  if (id.length <= max) return id;
  const head = Math.ceil((max - 1) / 2);
  return `${id.slice(0, head)}…${id.slice(id.length - (max - 1 - head))}`;
}

/**
 * Lays out a story as a left-to-right graph with dagre: the origin on the left, each member to
 * the right of the member it was derived from, edges labelled with the relation.
 * @param story the story
 * @param languages document id → language code
 */
export function layoutStoryGraph(story: Story, languages: ReadonlyMap<string, string>): StoryGraphLayout {
  const g = new graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 70, edgesep: 10, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  const nodeOf = new Map<string, { member: number; relation: string }>();
  story.members.forEach((m, i) => nodeOf.set(m.document, { member: i, relation: m.relation }));
  for (const m of story.members) if (m.source !== null && !nodeOf.has(m.source)) nodeOf.set(m.source, { member: -1, relation: 'outside' });
  const ids = [...nodeOf.keys()].sort();
  for (const id of ids) {
    const label = shortLabel(id);
    g.setNode(id, { width: Math.max(120, label.length * CHAR_WIDTH + 20), height: NODE_HEIGHT });
  }
  story.members.forEach((m) => {
    if (m.source === null || m.source === m.document) return;
    const text = `${m.relation} ${m.score.toFixed(2)}`;
    g.setEdge(m.source, m.document, { width: text.length * CHAR_WIDTH + 8, height: EDGE_LABEL_HEIGHT, labelpos: 'c' });
  });
  layout(g);

  const nodes: GraphNode[] = ids.map((id) => {
    const n = g.node(id);
    const info = nodeOf.get(id);
    return {
      document: id,
      label: shortLabel(id),
      language: languages.get(id) ?? 'und',
      relation: info?.relation ?? 'outside',
      x: n.x ?? 0,
      y: n.y ?? 0,
      width: n.width ?? 0,
      height: n.height ?? 0,
      member: info?.member ?? -1,
    };
  });
  const edges: GraphEdge[] = [];
  story.members.forEach((m, i) => {
    if (m.source === null || m.source === m.document) return;
    const e = g.edge(m.source, m.document);
    const points: Point[] = e.points ?? [];
    edges.push({
      from: m.source,
      to: m.document,
      relation: m.relation,
      score: m.score,
      points: points.map((p) => ({ x: p.x, y: p.y })),
      labelX: e.x ?? 0,
      labelY: e.y ?? 0,
      member: i,
    });
  });
  const size = g.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}
