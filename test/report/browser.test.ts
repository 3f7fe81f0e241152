// Opens the HTML report in Debian's Chromium (headless, via playwright-core). CI installs
// chromium with apt-get; when it is missing this test fails and says how to install it: a
// browser test that skipped itself would hide a broken report.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { AnalysisResult } from '../../src/types.js';
import { writeHostileDocuments } from './hostile-documents.js';
import { renderHtmlReport } from '../../src/report/index.js';
import { reportOf } from './report-fixtures.js';

const CHROMIUM = process.env['STORYTRACE_CHROMIUM'] ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'];

let work = '';
let hostileDir = '';
let context: BrowserContext;
let examples: { analysis: AnalysisResult; file: string };
let hostile: { analysis: AnalysisResult; file: string };
let long = '';

async function open(file: string): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-ready="1"]', { timeout: 5000 });
  return { page, errors, dialogs };
}

before(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium; .ci/run does) or set STORYTRACE_CHROMIUM`);
  }
  work = mkdtempSync(join(tmpdir(), 'storytrace-browser-'));
  hostileDir = writeHostileDocuments();
  const ex = await reportOf([resolve('examples')]);
  const ho = await reportOf([hostileDir]);
  examples = { analysis: ex.analysis, file: join(work, 'examples.html') };
  hostile = { analysis: ho.analysis, file: join(work, 'hostile.html') };
  writeFileSync(examples.file, ex.html);
  writeFileSync(hostile.file, ho.html);
  // The example story three times over: more pairs than a report opens at first.
  const story = ex.analysis.stories[0];
  if (story) {
    long = join(work, 'long.html');
    writeFileSync(long, renderHtmlReport({ analysis: { ...ex.analysis, stories: [story, story, story] }, sentences: ex.sentences }));
  }
  context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 1500 } });
});

after(async () => {
  await context?.close();
  if (work) rmSync(work, { recursive: true, force: true });
  if (hostileDir) rmSync(hostileDir, { recursive: true, force: true });
});

test('the examples report shows the stories, the graph and side-by-side pairs', async () => {
  const { page, errors } = await open(examples.file);
  const stories = examples.analysis.stories;
  assert.ok(stories.length >= 1);
  assert.equal(await page.locator('tr.overview-row').count(), stories.length);
  assert.equal(await page.locator('section.story').count(), stories.length);

  const story = stories[0];
  assert.ok(story);
  const graph = page.locator('#story-0 svg.story-graph');
  assert.ok(await graph.isVisible());
  const box = await graph.boundingBox();
  assert.ok(box && box.width > 300 && box.height > 100, 'the graph has a real size');
  assert.equal(await graph.locator('.graph-node').count(), story.members.length);
  const edgeLabels = await graph.locator('.graph-edge text').allTextContents();
  const relations = story.members.filter((m) => m.relation !== 'origin').map((m) => m.relation);
  assert.deepEqual(edgeLabels.map((l) => l.split(' ')[0]).sort(), [...relations].sort());

  const edited = page.locator('details.pair', { has: page.locator('summary .badge', { hasText: /^edited-copy$/ }) }).first();
  assert.ok(await edited.isVisible(), 'an edited-copy pair is shown');
  const firstRow = edited.locator('tr.row-bead').first();
  const sides = await firstRow.locator('td.side').allInnerTexts();
  assert.equal(sides.length, 2);
  assert.ok(sides.every((s) => s.trim().length > 20), 'both sides of an aligned pair have text');
  assert.ok((await edited.locator('tr.row-bead ins').count()) > 0, 'changed words are highlighted');

  const originReasons = await page.locator('#story-0 .origin .reasons li').count();
  assert.ok(originReasons > 0, 'the origin comes with reasons');
  assert.deepEqual(errors, [], 'no console error (a blocked inline script would log one)');

  const shot = join(work, 'report.png');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot });
  const keep = process.env['STORYTRACE_SCREENSHOT'];
  if (keep) {
    mkdirSync(dirname(resolve(keep)), { recursive: true });
    await page.screenshot({ path: resolve(keep) });
  }
  assert.ok(existsSync(shot));
  await page.close();
});

test('the example story shows the evidence the issue asks for', async () => {
  const { page } = await open(examples.file);
  const pair = (relation: string) => page.locator('details.pair', { has: page.locator('summary .badge', { hasText: new RegExp(`^${relation}$`) }) }).first();
  const rewrite = pair('rewrite');
  assert.ok((await rewrite.locator('tr.row-dropped').count()) > 0, 'the rewrite drops sentences');
  assert.ok((await rewrite.locator('tr.row-added').count()) > 0, 'the rewrite adds sentences');
  assert.ok((await pair('retranslation').locator('ul.artefacts li').count()) > 0, 'the round trip shows its MT artefacts');
  const derivative = pair('derivative');
  assert.ok((await derivative.locator('tr.fact-kept', { hasText: 'quote' }).count()) > 0, 'the derivative reuses a quote');
  assert.ok((await derivative.locator('tr.fact-added').count()) > 0, 'the derivative adds facts');
  await page.fill('#filter', 'no-such-document-anywhere');
  assert.equal(await page.locator('#story-0').isVisible(), false, 'the filter hides stories');
  // A headline word finds the story (ids of scraped pages say nothing), case aside.
  await page.fill('#filter', 'DRONES HIT');
  assert.equal(await page.locator('#story-0').isVisible(), true, 'a word of a title finds its story');
  await page.close();
});

test('a hostile document set runs nothing in the report', async () => {
  const { page, errors, dialogs } = await open(hostile.file);
  assert.ok(hostile.analysis.stories.length >= 2, 'the hostile documents are in stories');
  for (const cell of await page.locator('td, th, .doc-id').all()) await cell.hover({ force: true, timeout: 1000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (window as unknown as Record<string, unknown>)['__pwned']), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, [], 'nothing was even attempted (a CSP block would log an error)');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('<script>window.__pwned=1'), 'the markup is shown as text');
  assert.ok(text.includes('onerror="window.__pwned=1'), 'the img markup is shown as text');
  assert.equal(await page.locator('main img, main script, main iframe').count(), 0);
  await page.close();
});

test('in a long report the pairs start closed; "compare", a graph label or the address opens one', async () => {
  assert.ok(long, 'the examples have a story');
  const { page, errors } = await open(long);
  assert.equal(await page.locator('details.pair[open]').count(), 0, 'all closed at first');
  assert.equal(await page.locator('details.legend').isVisible(), true, 'the legend is there');
  await page.locator('#story-1 table.members a', { hasText: 'compare' }).first().click();
  assert.equal(await page.locator('#pair-1-1').getAttribute('open'), '', '"compare" opens its pair');
  await page.locator('#story-2 svg.story-graph a.graph-edge text').first().click();
  assert.equal(await page.locator('details.pair[open]').count(), 2, 'a graph label opens its pair');
  await page.goto(`${pathToFileURL(long).href}#pair-0-3`);
  await page.waitForSelector('html[data-ready="1"]');
  assert.equal(await page.locator('#pair-0-3').getAttribute('open'), '', 'a link to a pair opens it');
  assert.deepEqual(errors, []);
  await page.close();
});
