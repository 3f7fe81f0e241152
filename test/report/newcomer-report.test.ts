// What a newcomer who opens the report without the README trips over: relations and numbers
// explained nowhere on the page, marks that mean the opposite of `explain`'s, an overview of
// ids that does not say what each story is about, and a long report buried in open pairs.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { before, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { formatPair, renderHtmlReport, styleFor } from '../../src/report/index.js';
import { OPEN_PAIRS_LIMIT } from '../../src/report/to-html.js';
import { loadStorySentences } from '../../src/pipeline/story-sentences.js';
import { indexPaths, summarizeStore } from '../../src/pipeline.js';
import { createStore } from '../../src/stores/index.js';
import { explainPair } from '../../src/index.js';
import type { AnalysisResult } from '../../src/types.js';

let analysis: AnalysisResult;
let sentences: ReadonlyMap<string, readonly string[]>;
let html = '';
let explainText = '';

before(async () => {
  const store = await createStore('memory');
  try {
    const run = await indexPaths([resolve('examples')], store);
    analysis = await summarizeStore(store, run.warnings);
    sentences = await loadStorySentences(store, analysis.stories);
    html = renderHtmlReport({ analysis, sentences });
    const rewrite = analysis.stories[0]?.members.find((m) => m.relation === 'rewrite');
    assert.ok(rewrite?.source, 'the examples have a rewrite with a source');
    const x = await explainPair(store, rewrite.source, rewrite.document);
    explainText = formatPair(x.pair, x.source, x.target, styleFor(false), { full: true });
  } finally {
    await store.close();
  }
});

test('the report explains every relation it shows, the score and the confidence', () => {
  const { document } = parseHTML(html);
  const legend = document.querySelector('details.legend');
  assert.ok(legend, 'a "How to read this report" block');
  const text = legend.textContent ?? '';
  const shown = new Set(analysis.stories.flatMap((s) => s.members.map((m) => m.relation)));
  assert.ok(shown.size >= 7, 'the examples show (nearly) every relation');
  for (const relation of shown) {
    const item = [...legend.querySelectorAll('li')].find((li) => li.querySelector('.badge')?.textContent === relation);
    assert.ok(item && (item.textContent ?? '').length > relation.length + 10, `${relation} is explained`);
  }
  assert.match(text, /score[^]*compare scores within a relation/);
  assert.match(text, /confidence[^]*0\.15–0\.95/);
});

test('the side-by-side marks mean what they mean in `storytrace explain`', () => {
  const { document } = parseHTML(html);
  const markOf = (kind: string) => document.querySelector(`tr.match-${kind} td.mark`)?.firstChild?.textContent;
  // explain prints "= identical  ~ near-identical  ≈ reworded or translated".
  const legend = /= identical {2}(\S) near-identical {2}(\S) reworded or translated/.exec(explainText);
  assert.ok(legend, `explain's legend: ${explainText.slice(0, 400)}`);
  assert.equal(markOf('identical'), '=');
  assert.equal(markOf('near'), legend[1]);
  assert.equal(markOf('paraphrase'), legend[2]);
  const legendMarks = [...document.querySelectorAll('details.legend .legend-marks li')].map((li) => li.textContent ?? '');
  assert.ok(legendMarks.some((t) => t.startsWith(`${legend[1]} near-identical`)));
  assert.ok(legendMarks.some((t) => t.startsWith(`${legend[2]} reworded`)));
});

test('the overview and the origin block give each story its origin\'s headline', () => {
  const { document } = parseHTML(html);
  const story = analysis.stories[0];
  const title = analysis.documents.find((d) => d.id === story?.origin.document)?.title;
  assert.ok(title, 'the example origin has a title');
  const row = document.querySelector('tr.overview-row');
  assert.ok((row?.textContent ?? '').includes(title), 'the headline is in the overview row');
  assert.equal(document.querySelector('#story-0 .origin .origin-title')?.textContent, title, 'and under the origin');
});

test(`a report with more than ${OPEN_PAIRS_LIMIT} pairs starts with them closed; a short one open`, () => {
  const open = [...parseHTML(html).document.querySelectorAll('details.pair')];
  assert.ok(open.length > 0 && open.length <= OPEN_PAIRS_LIMIT);
  assert.ok(open.every((d) => d.hasAttribute('open')), 'the examples report shows its pairs');
  const story = analysis.stories[0];
  assert.ok(story);
  const many: AnalysisResult = { ...analysis, stories: [story, story, story] };
  const long = [...parseHTML(renderHtmlReport({ analysis: many, sentences })).document.querySelectorAll('details.pair')];
  assert.ok(long.length > OPEN_PAIRS_LIMIT);
  assert.ok(long.every((d) => !d.hasAttribute('open')), 'a long report starts closed');
});
