import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBoilerplateContext, collectLineKeys, mergeBoilerplateContexts, type BoilerplateContext } from './boilerplate-context.js';
import { removeBoilerplate, repeatedLinesOf } from './boilerplate.js';

// Lines repeated in three documents of three sites (corpus-wide), in two documents of one site
// (site-wide), in two documents of two sites (neither), and unique lines.
const FOOTER = 'Copyright 2024 Example Media. All rights reserved.';
const TAGLINE = 'Your Daily Source of Local News';
const SHARED_MENU = 'Home | World | Sport';
const DOCS: readonly { text: string; site: string }[] = [
  { text: `${TAGLINE}\n\nThe bridge on Main Street will close for repairs next week, the city said.\n\n${FOOTER}`, site: 'local.example' },
  { text: `${TAGLINE}\n${SHARED_MENU}\n\nA new bakery opened downtown on Saturday and sold out by noon.\n\n${FOOTER}`, site: 'local.example' },
  { text: `${SHARED_MENU}\n\nHeavy rain flooded several roads in the north of the city overnight.\n\n${FOOTER}`, site: 'other.example' },
  { text: 'Council Approves Plan\n\nThe council voted on the traffic plan after a long debate on Tuesday.', site: 'third.example' },
  { text: `School Opens New Library\n\nA primary school opened a new library funded by parents.\n\n${FOOTER}`, site: '' },
];

const linesOf = (docs: readonly { text: string; site: string }[]): BoilerplateContext =>
  buildBoilerplateContext(docs.map((d) => ({ keys: collectLineKeys(d.text), site: d.site })));

const sorted = (context: BoilerplateContext): unknown => ({
  documentsWithLine: [...context.documentsWithLine].sort(),
  siteDocumentsWithLine: [...context.siteDocumentsWithLine].map(([site, counts]) => [site, [...counts].sort()]).sort(),
});

test('contexts counted over parts of a corpus add up to the context of the whole', () => {
  const whole = linesOf(DOCS);
  for (const cut of [1, 2, 4]) {
    const merged = mergeBoilerplateContexts([linesOf(DOCS.slice(0, cut)), linesOf(DOCS.slice(cut, cut + 1)), linesOf(DOCS.slice(cut + 1))]);
    assert.deepEqual(sorted(merged), sorted(whole), `cut at ${cut}`);
  }
  assert.equal(whole.documentsWithLine.size > 0, true);
});

test('the context pruned to the counts that can mark a line repeated removes the same lines, and holds fewer keys', () => {
  const whole = linesOf(DOCS);
  const pruned = repeatedLinesOf(whole);
  for (const doc of DOCS) {
    const options = { language: 'en' as const, site: doc.site };
    assert.deepEqual(removeBoilerplate(doc.text, { ...options, context: pruned }), removeBoilerplate(doc.text, { ...options, context: whole }), doc.text);
  }
  assert.ok(pruned.documentsWithLine.size < whole.documentsWithLine.size);
  // The footer (4 documents) stays; the menu of two sites does not (2 < 3) and the tagline stays for its site only.
  assert.deepEqual([...pruned.documentsWithLine.values()], [4]);
  assert.deepEqual([...pruned.siteDocumentsWithLine.keys()], ['local.example']);
  const removed = removeBoilerplate(DOCS[0]?.text ?? '', { language: 'en', site: 'local.example', context: pruned });
  // The tagline is repeated on its site; the footer, a sentence in fewer than 10 documents, goes as the publisher's line it is.
  assert.deepEqual(removed.boilerplate.map((b) => b.reason), ['repeated', 'non-sentence']);
});
