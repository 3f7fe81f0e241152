import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutStoryGraph, shortLabel } from '../../src/report/layout-story-graph.js';
import { pairView } from '../../src/report/pair-view.js';
import { storyGraphSvg } from '../../src/report/story-graph-svg.js';
import type { Story, StoryMember } from '../../src/stories/types.js';

const member = (document: string, relation: StoryMember['relation'], source: string | null): StoryMember => ({ document, relation, source, score: 0.8, evidence: {} });
const story: Story = {
  id: 'story-1',
  origin: { document: 'a', confidence: 0.9, reasons: [] },
  members: [member('a', 'origin', null), member('b', 'translation', 'a'), member('c', 'retranslation', 'b'), member('d<x>', 'excerpt', 'a')],
};
const languages = new Map([['a', 'en'], ['b', 'de'], ['c', 'en'], ['d<x>', 'en']]);

test('the graph has a box per member and an edge from each source, sources to the left', () => {
  const g = layoutStoryGraph(story, languages);
  assert.deepEqual(g.nodes.map((n) => n.document), ['a', 'b', 'c', 'd<x>']);
  assert.deepEqual(g.edges.map((e) => `${e.from}>${e.to}:${e.relation}`), ['a>b:translation', 'b>c:retranslation', 'a>d<x>:excerpt']);
  const x = new Map(g.nodes.map((n) => [n.document, n.x]));
  assert.ok((x.get('a') ?? 0) < (x.get('b') ?? 0) && (x.get('b') ?? 0) < (x.get('c') ?? 0));
  assert.ok(g.edges.every((e) => e.points.length >= 2));
  assert.deepEqual(layoutStoryGraph(story, languages), g, 'deterministic');
});

test('the SVG escapes ids, labels edges and links derived members to their pair view', () => {
  const svg = storyGraphSvg(layoutStoryGraph(story, languages), 3);
  assert.ok(svg.includes('d&lt;x&gt;') && !svg.includes('d<x>'));
  assert.match(svg, />retranslation 0\.80</);
  assert.match(svg, /href="#pair-3-2"/);
  assert.doesNotMatch(svg, /href="#pair-3-0"/, 'the origin has no pair view');
});

test('long ids are shortened in the middle', () => {
  const id = 'some-outlet/a-very-long-file-name-for-a-story-about-a-ferry.html';
  const short = shortLabel(id, 30);
  assert.equal(short.length, 30);
  assert.ok(short.startsWith('some-outlet/') && short.endsWith('.html') && short.includes('…'));
});

test('a pair view folds long runs and shows no word diff across languages', () => {
  const html = pairView({
    storyIndex: 0,
    memberIndex: 1,
    member: {
      ...member('b', 'translation', 'a'),
      evidence: { sourceLanguage: 'en', targetLanguage: 'de', beads: [{ source: [0], target: [0], similarity: 0.4, kind: 'paraphrase' }], added: [], dropped: [1, 2, 3, 4], facts: [], artefacts: [], attributions: [] },
    },
    source: undefined,
    target: undefined,
    sourceSentences: ['The ferry stopped.', 'One.', 'Two.', 'Three.', 'Four.'],
    targetSentences: ['Die Fähre hielt an.'],
  });
  assert.match(html, /4 sentences dropped from the source/);
  assert.doesNotMatch(html, /<ins>|<del>/);
  assert.match(html, /different languages: no word diff/);
});
