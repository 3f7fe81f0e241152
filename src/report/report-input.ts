import type { AnalysisResult } from '../types.js';

/** What the HTML report is made from. */
export interface HtmlReportInput {
  /** The analysis, as `analyze` returns it. */
  analysis: AnalysisResult;
  /**
   * Sentences of each story member by document id; indexes match `evidence.beads`, `added` and
   * `dropped`. A member without sentences is shown with its evidence but no text.
   */
  sentences: ReadonlyMap<string, readonly string[]>;
  /** Page title; default `storytrace report`. */
  title?: string;
}

/** Anchor of a member's side-by-side view (ids of our own making: document ids never reach an `id` or `href`). */
export function pairAnchor(storyIndex: number, memberIndex: number): string {
  return `pair-${storyIndex}-${memberIndex}`;
}

/** Anchor of a story's section. */
export function storyAnchor(storyIndex: number): string {
  return `story-${storyIndex}`;
}

/** A relation name reduced to a CSS class (the store could hold anything). */
export function relationClass(relation: string): string {
  return `rel-${relation.toLowerCase().replace(/[^a-z-]/g, '')}`;
}
