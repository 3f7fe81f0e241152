import { createHash } from 'node:crypto';
import { escapeHtml, jsonForScript } from './escape-html.js';
import type { HtmlReportInput } from './report-input.js';
import { reportLegend } from './report-legend.js';
import { REPORT_SCRIPT } from './report-script.js';
import { REPORT_CSS } from './report-style.js';
import { leftovers, storyOverview } from './story-overview.js';
import { storySection } from './story-section.js';

/**
 * A report with more side-by-side views than this starts with them closed: opened, 50 documents
 * made a page 55,000 pixels tall where the overview and the story graphs were lost between the
 * sentences. "compare", a graph label or "expand all" opens them.
 */
export const OPEN_PAIRS_LIMIT = 12;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * A Content-Security-Policy that allows only the report's own style and script (by hash) and no
 * network at all: even if some text escaped escaping, an injected script, event handler or
 * `javascript:` link would not run, and nothing can be fetched.
 */
export function reportPolicy(css: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(css)}`,
    `script-src ${sha256(script)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Renders the whole analysis as one self-contained HTML page: an overview of the stories, then
 * per story the origin with its reasons, the story graph (inline SVG laid out by dagre) and a
 * side-by-side view of each member against its source; documents in no story and warnings
 * last. All document text is HTML-escaped; the analysis is embedded as JSON in a data block
 * (`#storytrace-data`). Deterministic: the same input gives the same bytes.
 * @param input the analysis and the members' sentences
 * @returns the HTML page
 */
export function renderHtmlReport(input: HtmlReportInput): string {
  const { analysis } = input;
  const title = input.title ?? 'storytrace report';
  const documents = new Map(analysis.documents.map((d) => [d.id, d]));
  const pairs = analysis.stories.reduce((n, s) => n + s.members.filter((m) => m.relation !== 'origin').length, 0);
  const openPairs = pairs <= OPEN_PAIRS_LIMIT;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(reportPolicy(REPORT_CSS, REPORT_SCRIPT))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="top">',
    `<h1>${escapeHtml(title)}</h1>`,
    '<div class="tools"><input id="filter" type="search" placeholder="filter: id, title words, language" aria-label="filter stories by document id, title or language"><button id="expand-all" type="button">expand all</button><button id="collapse-all" type="button">collapse all</button></div>',
    '</header>',
    '<main>',
    '<section class="overview-section"><h2>Stories</h2>',
    storyOverview(analysis, documents),
    reportLegend(),
    '</section>',
    ...analysis.stories.map((s, i) => storySection(s, i, documents, input.sentences, openPairs)),
    leftovers(analysis),
    '</main>',
    `<script type="application/json" id="storytrace-data">${jsonForScript(analysis)}</script>`,
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
