import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Story } from '../stories/types.js';
import type { AnalysisResult, DocumentSummary } from '../types.js';
import { formatAnalysis, styleFor } from './to-terminal.js';

const doc = (id: string, title: string | null): DocumentSummary => ({ id, language: 'en', title, date: null, site: null, url: null, contentHash: id, boilerplate: [], warnings: [] });
const story: Story = {
  id: 'story-1',
  origin: { document: 'a', confidence: 0.5, reasons: [] },
  members: [
    { document: 'a', relation: 'origin', source: null, score: 1, evidence: {} },
    { document: 'b', relation: 'copy', source: 'a', score: 1, evidence: {} },
  ],
};

test('a story shows its origin\'s headline; a document in no story its title; control characters never reach the terminal', () => {
  const analysis: AnalysisResult = {
    documents: [doc('a', 'Bridge to close\nfor 140 days'), doc('b', null), doc('c', 'Stew \u001b[31mwith\u001b[0m fennel\u0007')],
    stories: [story],
    warnings: [],
  };
  const text = formatAnalysis(analysis, styleFor(false));
  assert.match(text, /^story-1 {2}2 documents {2}\(en\)\n {2}"Bridge to close for 140 days"\n {2}origin: a /m);
  assert.match(text, /In no story \(1\):\n {2}c {2}\(Stew \[31mwith \[0m fennel\)$/);
  assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f]/);
});

test('a story whose origin has no title gets no headline line', () => {
  const analysis: AnalysisResult = { documents: [doc('a', null), doc('b', 'copy title')], stories: [story], warnings: [] };
  assert.match(formatAnalysis(analysis, styleFor(false)), /^story-1 {2}2 documents {2}\(en\)\n {2}origin: a /m);
});

test('a pile where most documents match nothing lists the first of them and says how many more, not thousands of lines', () => {
  const alone = Array.from({ length: 2000 }, (_, i) => doc(`d${i}`, `Title ${i}`));
  const text = formatAnalysis({ documents: [doc('a', null), doc('b', null), ...alone], stories: [story], warnings: [] }, styleFor(false));
  assert.match(text, /In no story \(2000\):\n {2}d0 {2}\(Title 0\)\n/);
  assert.match(text, /\n {2}d24 {2}\(Title 24\)\n {2}… and 1975 more \(--json lists every document\)$/);
  assert.ok(text.split('\n').length < 60, `${text.split('\n').length} lines`);
});
