import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, jsonForScript, safeHttpUrl } from '../../src/report/escape-html.js';

test('escapeHtml replaces every character that can open a tag or end an attribute', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  assert.equal(escapeHtml('plain text, no change'), 'plain text, no change');
});

test('jsonForScript cannot close its script element and parses back to the same value', () => {
  const value = { id: '</script><script>window.__pwned=1</script>', note: '<!-- a & b -->', sep: 'x\u2028y\u2029z' };
  const json = jsonForScript(value);
  assert.doesNotMatch(json, /<|>|&|\u2028|\u2029/);
  assert.deepEqual(JSON.parse(json), value);
});

test('safeHttpUrl keeps http(s) links and refuses javascript:, data: and garbage', () => {
  assert.equal(safeHttpUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
  assert.equal(safeHttpUrl('javascript:alert(1)'), null);
  assert.equal(safeHttpUrl(' JavaScript:alert(1)'), null);
  assert.equal(safeHttpUrl('data:text/html,<script>1</script>'), null);
  assert.equal(safeHttpUrl('not a url'), null);
  assert.equal(safeHttpUrl(null), null);
});
