import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PairResult, Relation } from '../relate/types.js';
import { assignSources, buildStories, clusterPairs, findOrigin } from './index.js';

const pair = (a: string, b: string, relation: Relation, source: string | null, score = 0.8): PairResult => ({
  a, b, relation, source, score, reasons: [],
  features: {
    sameLanguage: true, sourceCoverage: 0, targetCoverage: 0, verbatimShare: 0, orderAgreement: 1, meanMatchSimilarity: 0,
    beadScore: 0, shingleContainment: 0, shingleJaccard: 0, documentCosine: 0, sharedQuotes: 0, anchorOverlap: 0,
    mtArtefacts: 0, sourceSentences: 0, targetSentences: 0,
  },
  evidence: { sourceLanguage: 'en', targetLanguage: 'en', beads: [], added: [0], dropped: [1], facts: [], artefacts: [], attributions: [] },
});

/** The pair with `dropped` source sentences left over and every other sentence aligned (a translation that leaves `dropped` out). */
const leaving = (p: PairResult, dropped: number[]): PairResult => ({ ...p, evidence: { ...p.evidence, beads: [], added: [], dropped } });

test('a round-up that derives from two stories does not merge them', () => {
  const groups = clusterPairs([
    pair('a1', 'a2', 'edited-copy', 'a1'),
    pair('b1', 'b2', 'rewrite', 'b1'),
    pair('a1', 'hub', 'derivative', 'a1', 0.5),
    pair('b1', 'hub', 'derivative', 'b1', 0.4),
  ]);
  assert.deepEqual(groups, [['a1', 'a2', 'hub'], ['b1', 'b2']]);
});

test('a document that joined by a derivative link does not pull in another', () => {
  const groups = clusterPairs([
    pair('a1', 'a2', 'copy', null),
    pair('a1', 'd', 'derivative', 'a1', 0.6),
    pair('d', 'x', 'derivative', 'd', 0.5),
  ]);
  assert.deepEqual(groups, [['a1', 'a2', 'd']]);
});

test('a follow-up report with its own copy and translation joins the story it derives from, with them', () => {
  const groups = clusterPairs([
    pair('orig', 'orig-id', 'translation', 'orig'),
    pair('wire', 'wire-copy', 'copy', null),
    pair('wire', 'wire-de', 'translation', 'wire'),
    pair('orig', 'wire', 'derivative', 'orig', 0.4),
  ]);
  assert.deepEqual(groups, [['orig', 'orig-id', 'wire', 'wire-copy', 'wire-de']]);
});

test('an original with two follow-ups and no other version keeps both', () => {
  const groups = clusterPairs([pair('o', 'd1', 'derivative', 'o', 0.6), pair('o', 'd2', 'derivative', 'o', 0.5)]);
  assert.deepEqual(groups, [['d1', 'd2', 'o']]);
});

test('unrelated pairs and lone documents make no story', () => {
  assert.deepEqual(clusterPairs([pair('a', 'b', 'unrelated', null)]), []);
});

test('origin: most pairs point to it and it has the earliest date', () => {
  const pairs = [pair('orig', 'copy', 'edited-copy', 'orig'), pair('orig', 'rw', 'rewrite', 'orig'), pair('copy', 'rw', 'rewrite', 'copy')];
  const { ranked, origin } = findOrigin(
    [{ id: 'copy', date: '2024-05-02', sentences: 10 }, { id: 'orig', date: '2024-05-01', sentences: 12 }, { id: 'rw', sentences: 6 }],
    pairs,
  );
  assert.equal(ranked[0], 'orig');
  assert.equal(origin.document, 'orig');
  assert.ok(origin.confidence >= 0.7, String(origin.confidence));
  assert.ok(origin.reasons.some((r) => r.includes('earliest')));
});

test('origin: with no direction and no dates the confidence is low', () => {
  const { origin } = findOrigin([{ id: 'x', sentences: 5 }, { id: 'y', sentences: 5 }], [pair('x', 'y', 'copy', null)]);
  assert.ok(origin.confidence <= 0.3, String(origin.confidence));
  assert.ok(origin.reasons.some((r) => r.includes('thin evidence')));
});

test('stories link members to the origin and flip evidence when a pair points the other way', () => {
  const info = new Map([
    ['o', { id: 'o', date: '2024-01-01', sentences: 20 }],
    ['c', { id: 'c', date: '2024-01-02', sentences: 19 }],
    ['r', { id: 'r', date: '2024-01-03', sentences: 9 }],
  ]);
  const stories = buildStories([pair('c', 'o', 'edited-copy', 'o', 0.9), pair('o', 'r', 'rewrite', 'o', 0.5), pair('c', 'r', 'rewrite', 'c', 0.5)], info);
  assert.equal(stories.length, 1);
  const story = stories[0];
  assert.ok(story);
  assert.equal(story.origin.document, 'o');
  assert.deepEqual(story.members.map((m) => [m.document, m.relation, m.source]), [['o', 'origin', null], ['c', 'edited-copy', 'o'], ['r', 'rewrite', 'o']]);
  assert.match(story.id, /^story-[0-9a-f]{8}$/);
});

test('origin: undated translations with no direction clue rank the hub first, not the longest version', () => {
  // "en" was translated into de, fr and ru; each translation relates to the original more
  // closely than to another translation. The ru version has the most sentences.
  const pairs = [
    pair('en', 'de', 'translation', null, 0.28), pair('en', 'fr', 'translation', null, 0.27), pair('en', 'ru', 'translation', null, 0.26),
    pair('de', 'fr', 'translation', null, 0.22), pair('de', 'ru', 'translation', null, 0.2), pair('fr', 'ru', 'translation', null, 0.21),
  ];
  const members = [{ id: 'de', sentences: 20 }, { id: 'en', sentences: 19 }, { id: 'fr', sentences: 20 }, { id: 'ru', sentences: 21 }];
  assert.equal(findOrigin(members, pairs).ranked[0], 'en');
  // Directions still outrank the hub: a pair that points to ru makes ru the origin.
  const directed = pairs.map((p) => (p.a === 'en' && p.b === 'ru' ? { ...p, source: 'ru' } : p));
  assert.equal(findOrigin(members, directed).ranked[0], 'ru');
});

test('sources: a round trip of a translation is linked to that translation, even when its link to the original is as strong as the translation\'s own', () => {
  // orig (fr) → en (translation) → rt (its English round trip); rt's bead score against orig
  // happens to edge out en's, so taking the strongest link first would hang rt on orig.
  const members = assignSources(['orig', 'en', 'rt'], [
    pair('en', 'orig', 'translation', 'orig', 0.29),
    pair('orig', 'rt', 'translation', 'orig', 0.293),
    pair('en', 'rt', 'retranslation', 'en', 0.68),
  ]);
  assert.deepEqual(members.map((m) => [m.document, m.relation, m.source]), [['orig', 'origin', null], ['en', 'translation', 'orig'], ['rt', 'retranslation', 'en']]);
});

test('sources: a translation that credits the original\'s outlet is linked to it rather than to a closer-scoring translation', () => {
  const credited = { ...pair('de', 'orig', 'translation', 'orig', 0.2), features: { ...pair('de', 'orig', 'translation', 'orig').features, creditsSourceText: true } };
  // de follows en's gap (leaves out the sentence en left out), so without the credit en is its source.
  const links = [leaving(pair('en', 'orig', 'translation', 'orig', 0.29), [3]), leaving(pair('de', 'en', 'translation', 'en', 0.35), [])];
  assert.equal(assignSources(['orig', 'en', 'de'], [...links, leaving(credited, [3])]).find((m) => m.document === 'de')?.source, 'orig');
  assert.equal(assignSources(['orig', 'en', 'de'], [...links, leaving(pair('de', 'orig', 'translation', 'orig', 0.2), [3])]).find((m) => m.document === 'de')?.source, 'en');
});

test('sources: links about as strong go to the version ranked more original; a clearly stronger one wins', () => {
  const base = [pair('en', 'orig', 'translation', 'orig', 0.29), pair('en', 'rt', 'retranslation', 'en', 0.68)];
  const sourceOf = (viaEn: number, viaRt: number): string | null | undefined =>
    assignSources(['orig', 'en', 'rt', 'rw'], [...base, pair('en', 'rw', 'rewrite', 'en', viaEn), pair('rt', 'rw', 'rewrite', 'rt', viaRt)]).find((m) => m.document === 'rw')?.source;
  assert.equal(sourceOf(0.45, 0.47), 'en');
  assert.equal(sourceOf(0.35, 0.47), 'rt');
});

test('sources: a translation of an undated translation is linked to it, not to the dated original its own date points from', () => {
  // id (dated) → en (no date: its pairs have no direction) → es (dated). The es–id pair is
  // directed by the dates; the es–en pair, much closer, has no direction clue at all. es leaves
  // out the sentence en left out.
  const members = assignSources(['id', 'en', 'es'], [
    leaving(pair('en', 'id', 'translation', null, 0.23), [5]),
    leaving(pair('es', 'id', 'translation', 'id', 0.24), [5]),
    leaving(pair('en', 'es', 'translation', null, 0.37), []),
  ]);
  assert.deepEqual(members.map((m) => [m.document, m.source]), [['id', null], ['en', 'id'], ['es', 'en']]);
  // Other relations keep their clues: an excerpt points to its source, and a derivative of no
  // known direction does not outrank it.
  const excerpt = assignSources(['orig', 'copy', 'ex'], [
    pair('copy', 'orig', 'edited-copy', 'orig', 0.9),
    pair('ex', 'orig', 'excerpt', 'orig', 0.75),
    pair('copy', 'ex', 'derivative', null, 0.9),
  ]);
  assert.equal(excerpt.find((m) => m.document === 'ex')?.source, 'orig');
});

test('sources: a member that copies a placed version word for word is linked to it, not to one it merely shares passages with', () => {
  // sib (a rewrite of orig) and cp (orig shuffled: every sentence copied) share most sentences,
  // so their derivative link saturates its score; cp's edited-copy link to orig scores lower.
  const members = assignSources(['orig', 'sib', 'cp'], [
    pair('sib', 'orig', 'rewrite', 'orig', 0.68),
    pair('cp', 'orig', 'edited-copy', 'orig', 0.77),
    pair('cp', 'sib', 'derivative', 'sib', 1),
  ]);
  const cp = members.find((m) => m.document === 'cp');
  assert.deepEqual([cp?.relation, cp?.source], ['edited-copy', 'orig']);
});
