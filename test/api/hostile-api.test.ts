// Hostile documents POSTed to the API: every JSON answer is inert (application/json with
// nosniff and a deny-all CSP), the report is served with its CSP header, and Chromium loading
// the API's pages runs none of the script, event-handler or javascript: payloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildServer } from '../../src/api/index.js';
import { REPORT_CSP } from '../../src/api/security-headers.js';
import { createStore, type AnalysisResult, type Store } from '../../src/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { PAYLOADS, writeHostileDocuments } from '../report/hostile-documents.js';
import { asInput, listenLoopback, postJson } from './api-helpers.js';

const CHROMIUM = process.env['STORYTRACE_CHROMIUM'] ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'];
const noChromium = existsSync(CHROMIUM) ? false : `Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set STORYTRACE_CHROMIUM)`;

let store: Store;
let app: FastifyInstance;
let base = '';
let hostileDir = '';
let ids: string[] = [];
const statuses: number[] = [];

before(async () => {
  store = await createStore('memory');
  app = await buildServer(store);
  base = await listenLoopback(app);
  hostileDir = writeHostileDocuments();
  for await (const item of readInputs([hostileDir])) {
    if (item.kind !== 'document') continue;
    ids.push(item.document.id);
    statuses.push((await postJson(`${base}/documents`, asInput(item.document))).status);
  }
  // Raw markup as an HTML body and as plain text, with a hostile id and url in the query.
  const page = `<html><head><title>x</title><script>window.__pwned=1</script></head><body><article><p>Harbour notice. ${PAYLOADS.join(' ')} The ferry ramp will be replaced by the end of the month.</p></article></body></html>`;
  for (const [type, id] of [['text/html', PAYLOADS[1]], ['text/plain', PAYLOADS[0]]] as const) {
    const query = new URLSearchParams({ id, url: 'javascript:window.__pwned=1', title: PAYLOADS[2] });
    statuses.push((await fetch(`${base}/documents?${query}`, { method: 'POST', headers: { 'content-type': type }, body: page })).status);
    ids.push(id);
  }
  ids = ids.sort();
});

after(async () => {
  await app.close();
  await store.close();
  if (hostileDir) rmSync(hostileDir, { recursive: true, force: true });
});

test('hostile API: the documents are stored under their ids and form stories', async () => {
  assert.deepEqual(statuses, statuses.map(() => 200));
  assert.deepEqual(await store.listDocumentIds(), ids);
  const summary = (await (await fetch(`${base}/stories`)).json()) as AnalysisResult;
  assert.ok(summary.stories.length >= 2);
  assert.ok(summary.documents.some((d) => d.url === 'javascript:window.__pwned=1'), 'the url is kept as data');
});

test('hostile API: every JSON answer, success or error, is application/json with nosniff and a deny-all CSP', async () => {
  const [x, y] = ids;
  assert.ok(x !== undefined && y !== undefined);
  const story = (await store.listStories())[0];
  const urls = [
    '/stories',
    `/stories/${encodeURIComponent(story?.id ?? '')}`,
    `/stories/${encodeURIComponent(PAYLOADS[0])}`,
    `/pairs/${encodeURIComponent(x)}/${encodeURIComponent(y)}`,
    `/pairs/${encodeURIComponent(PAYLOADS[0])}/${encodeURIComponent(PAYLOADS[1])}`,
    `/${encodeURIComponent(PAYLOADS[0])}`,
    '/openapi.json',
  ];
  for (const url of urls) {
    const response = await fetch(`${base}${url}`);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json; charset=utf-8$/, url);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', url);
    assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'", url);
    JSON.parse(await response.text());
  }
  const bad = await fetch(`${base}/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: PAYLOADS[0], text: 1 }) });
  assert.equal(bad.status, 400);
  assert.equal(bad.headers.get('x-content-type-options'), 'nosniff');
});

test('hostile API: GET /report carries the report CSP as a header', async () => {
  const response = await fetch(`${base}/report`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(response.headers.get('content-security-policy'), REPORT_CSP);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.match(REPORT_CSP, /script-src 'sha256-/);
  assert.doesNotMatch(REPORT_CSP, /unsafe-inline|unsafe-eval/);
});

test('hostile API: Chromium loading the report and the JSON answers runs nothing', { skip: noChromium }, async () => {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-api-browser-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS });
    const watch = async (url: string): Promise<{ page: Page; errors: string[]; dialogs: string[] }> => {
      const page = await (context as BrowserContext).newPage();
      const errors: string[] = [];
      const dialogs: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(url);
      return { page, errors, dialogs };
    };
    const pwned = (page: Page) => page.evaluate(() => (window as unknown as Record<string, unknown>)['__pwned']);

    const report = await watch(`${base}/report`);
    await report.page.waitForSelector('html[data-ready="1"]', { timeout: 5000 });
    for (const cell of await report.page.locator('td, th, .doc-id, a').all()) await cell.hover({ force: true, timeout: 1000 }).catch(() => undefined);
    await report.page.waitForTimeout(300);
    assert.equal(await pwned(report.page), undefined);
    assert.deepEqual(report.dialogs, []);
    assert.deepEqual(report.errors, [], 'nothing was even attempted (a CSP block would log an error)');
    const text = await report.page.locator('main').innerText();
    assert.ok(text.includes('<script>window.__pwned=1'), 'the markup is shown as text');
    assert.equal(await report.page.locator('main img, main script, main iframe, main svg[onload]').count(), 0);

    const [x, y] = ids;
    for (const url of ['/stories', `/pairs/${encodeURIComponent(x ?? '')}/${encodeURIComponent(y ?? '')}`, `/stories/${encodeURIComponent(PAYLOADS[0])}`]) {
      const json = await watch(`${base}${url}`);
      await json.page.waitForTimeout(200);
      assert.equal(await pwned(json.page), undefined, url);
      assert.deepEqual(json.dialogs, [], url);
      assert.equal(await json.page.locator('img, script, iframe, svg').count(), 0, `${url} is shown as text, not parsed as HTML`);
    }
  } finally {
    await context?.close();
    rmSync(work, { recursive: true, force: true });
  }
});
