import type { Story } from '../stories/types.js';
import type { AnalysisResult } from '../types.js';
import { countNoun } from './count-noun.js';

/** Colours when writing to a terminal, plain text otherwise. */
export interface Style {
  bold: (s: string) => string;
  dim: (s: string) => string;
  green: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
}

/**
 * Terminal styles: ANSI colours when `tty` is true and the NO_COLOR convention (no-color.org)
 * is not set, identity functions otherwise (piped output stays plain).
 * @param tty whether the output is a terminal
 */
export function styleFor(tty: boolean): Style {
  const on = tty && !process.env['NO_COLOR'];
  const wrap = (code: number, reset: number) => (s: string): string => (on ? `\u001b[${code}m${s}\u001b[${reset}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39) };
}

/** A title on one line, with no control characters: a crawled page's title must not move the cursor or recolour the terminal. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd());
}

/**
 * One story as a readable block: the origin's headline (what the story is about: ids seldom
 * say), the origin with reasons, then a table of members.
 * @param titles document titles by id; a story whose origin has none shows no headline line
 */
export function formatStory(story: Story, languages: ReadonlyMap<string, string>, style: Style, titles: ReadonlyMap<string, string | null> = new Map()): string {
  const lines: string[] = [];
  const langs = [...new Set(story.members.map((m) => languages.get(m.document) ?? 'und'))].sort().join(', ');
  lines.push(style.bold(`${story.id}  ${countNoun(story.members.length, 'document')}  (${langs})`));
  const headline = titles.get(story.origin.document);
  if (headline) lines.push(`  "${oneLine(headline)}"`);
  lines.push(`  origin: ${story.origin.document}  confidence ${story.origin.confidence.toFixed(2)}`);
  for (const r of story.origin.reasons) lines.push(style.dim(`    - ${r}`));
  const rows = [['relation', 'document', 'lang', 'source', 'score']];
  for (const m of story.members) {
    rows.push([m.relation, m.document, languages.get(m.document) ?? 'und', m.source ?? '-', m.relation === 'origin' ? '' : m.score.toFixed(2)]);
  }
  const [head, ...body] = table(rows);
  lines.push(`  ${style.dim(head ?? '')}`, ...body.map((l) => `  ${l}`));
  return lines.join('\n');
}

/** What the numbers of a story block mean (the README's "Reading the numbers", in one breath). */
export const SCORE_LEGEND =
  'score: strength of the evidence for that relation (each relation has its own measure: compare within a relation).\n' +
  'confidence: how sure the origin is (0.15-0.95). `storytrace explain ID` shows why a member has its relation and source; `explain A B`, any pair.';

/**
 * Documents in no story listed by name, at most: in a real pile most documents match nothing
 * (2,095 of 2,503 scraped articles), and a list of thousands buries the stories above it.
 */
export const NO_STORY_LISTED = 25;

/**
 * The whole analysis as text: stories, then what matched nothing (with titles; the first
 * {@link NO_STORY_LISTED}, then how many more and where to see them all), then every warning.
 */
export function formatAnalysis(result: AnalysisResult, style: Style): string {
  const languages = new Map(result.documents.map((d) => [d.id, d.language]));
  const titles = new Map(result.documents.map((d) => [d.id, d.title]));
  const inStory = new Set(result.stories.flatMap((s) => s.members.map((m) => m.document)));
  const out: string[] = [];
  out.push(style.bold(`${countNoun(result.documents.length, 'document')}, ${countNoun(result.stories.length, 'story', 'stories')}`), '');
  for (const s of result.stories) out.push(formatStory(s, languages, style, titles), '');
  if (result.stories.length > 0) out.push(style.dim(SCORE_LEGEND), '');
  const alone = result.documents.filter((d) => !inStory.has(d.id));
  if (alone.length > 0) {
    out.push(style.bold(`In no story (${alone.length}):`));
    for (const d of alone.slice(0, NO_STORY_LISTED)) out.push(`  ${d.id}${d.title ? `  (${oneLine(d.title)})` : ''}`);
    if (alone.length > NO_STORY_LISTED) out.push(style.dim(`  … and ${alone.length - NO_STORY_LISTED} more (--json lists every document)`));
    out.push('');
  }
  if (result.warnings.length > 0) {
    out.push(style.yellow(`Warnings (${result.warnings.length}):`));
    for (const w of result.warnings) out.push(`  ${w.document}: ${w.message}`);
  }
  return out.join('\n').trimEnd();
}
