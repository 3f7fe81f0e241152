import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { renderHtmlReport } from '../../src/report/index.js';
import type { AnalysisResult } from '../../src/types.js';
import { PAYLOADS, writeHostileDocuments } from './hostile-documents.js';
import { reportOf } from './report-fixtures.js';

let dir = '';
let analysis: AnalysisResult;
let html = '';

before(async () => {
  dir = writeHostileDocuments();
  ({ analysis, html } = await reportOf([dir]));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the hostile documents land in stories (else the test would prove nothing)', () => {
  assert.equal(analysis.stories.length, 2);
  const members = analysis.stories.flatMap((s) => s.members.map((m) => m.document));
  assert.ok(members.includes('ferry.txt') && members.includes('ferry-copy.html'));
  assert.ok(members.some((id) => id.includes('onerror')), 'a JSONL id with markup is a story member');
});

test('no document markup becomes an element, an event handler or a javascript: link', () => {
  const { document } = parseHTML(html);
  const scripts = [...document.querySelectorAll('script')];
  assert.equal(scripts.length, 2, 'only the data block and the report script');
  assert.deepEqual(scripts.map((s) => s.getAttribute('type')), ['application/json', null]);
  assert.equal(document.querySelectorAll('img, iframe, object, embed, b').length, 0);
  for (const el of document.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) assert.doesNotMatch(name, /^on/i, `${el.tagName} has ${name}`);
  }
  for (const a of document.querySelectorAll('[href]')) {
    const href = a.getAttribute('href') ?? '';
    assert.ok(href.startsWith('#') || /^https?:\/\//.test(href), `unexpected link ${href}`);
  }
  assert.doesNotMatch(html, /href="javascript:/i);
});

test('hostile markup is shown as literal text', () => {
  const { document } = parseHTML(html);
  const text = document.querySelector('main')?.textContent ?? '';
  for (const p of PAYLOADS) assert.ok(text.includes(p), `missing literal ${p}`);
  assert.ok(text.includes('javascript:window.__pwned=1'), 'unsafe url shown as text');
});

test('the embedded data parses back to the analysis', () => {
  const { document } = parseHTML(html);
  const data = document.getElementById('storytrace-data')?.textContent ?? '';
  assert.deepEqual(JSON.parse(data), JSON.parse(JSON.stringify(analysis)));
});

test('the content security policy allows exactly the inline style and script', () => {
  const { document } = parseHTML(html);
  const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  const script = [...document.querySelectorAll('script')].find((s) => !s.getAttribute('type'))?.textContent ?? '';
  const style = document.querySelector('style')?.textContent ?? '';
  assert.match(policy, /default-src 'none'/);
  assert.ok(policy.includes(`script-src ${hash(script)}`), 'script hash');
  assert.ok(policy.includes(`style-src ${hash(style)}`), 'style hash');
});

test('the report is deterministic and needs no network', () => {
  const again = renderHtmlReport({ analysis, sentences: new Map() });
  assert.equal(again, renderHtmlReport({ analysis, sentences: new Map() }));
  assert.doesNotMatch(html, /\b(src|href)="(https?:)?\/\/(?!example\.org)/);
  assert.doesNotMatch(html, /<link\b/);
});

test('an empty analysis renders a page that says so', () => {
  const page = renderHtmlReport({ analysis: { documents: [], stories: [], warnings: [{ document: '<x>', message: 'bad <input>' }] }, sentences: new Map() });
  assert.match(page, /No story/);
  assert.match(page, /&lt;x&gt;<\/span>: bad &lt;input&gt;/);
});
