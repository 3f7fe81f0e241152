import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Story } from '../stories/types.js';
import type { AnalysisResult, DocumentSummary } from '../types.js';
import { selectStories } from './select-stories.js';

const doc = (id: string): DocumentSummary => ({ id, language: 'en', title: null, date: null, site: null, url: null, contentHash: id, boilerplate: [], warnings: [] });
const story = (id: string, origin: string, copies: string[]): Story => ({
  id,
  origin: { document: origin, confidence: 0.5, reasons: [] },
  members: [
    { document: origin, relation: 'origin', source: null, score: 1, evidence: {} },
    ...copies.map((c) => ({ document: c, relation: 'copy' as const, source: origin, score: 1, evidence: {} })),
  ],
});

const analysis: AnalysisResult = {
  documents: ['a', 'a2', 'b', 'b2', 'lone'].map(doc),
  stories: [story('story-a', 'a', ['a2']), story('story-b', 'b', ['b2'])],
  warnings: [{ document: 'a2', message: 'encoding guessed' }, { document: 'b', message: 'truncated' }],
};

test('a story id or a member document id picks the story with its documents and warnings', () => {
  for (const ids of [['story-a'], ['a2']]) {
    const { analysis: picked, unknown } = selectStories(analysis, ids);
    assert.deepEqual(picked.stories.map((s) => s.id), ['story-a']);
    assert.deepEqual(picked.documents.map((d) => d.id), ['a', 'a2']);
    assert.deepEqual(picked.warnings, [{ document: 'a2', message: 'encoding guessed' }]);
    assert.deepEqual(unknown, []);
  }
});

test('a document in no story is kept as a document; an id that names nothing is reported', () => {
  const { analysis: picked, unknown } = selectStories(analysis, ['lone', 'story-b', 'typo', 'typo']);
  assert.deepEqual(picked.stories.map((s) => s.id), ['story-b']);
  assert.deepEqual(picked.documents.map((d) => d.id), ['b', 'b2', 'lone']);
  assert.deepEqual(unknown, ['typo']);
});
