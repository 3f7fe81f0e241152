import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeSentences } from '../src/text/index.js';
import { calibrateStoryCosine, LATER_READING_WEIGHT, stemFrequencies, storySimilarity, storyVector, toStoryText, type StoryText } from './story-similarity.js';

const doc = (sentences: string[], opts: { title?: string; language?: string } = {}): StoryText => ({
  titleStems: opts.title === undefined ? [] : opts.title.split(' '),
  sentences: sentences.map((s) => ({ stems: s.split(' ') })),
  language: opts.language ?? 'en',
});

const flat = { readings: 'all' as const, lead: 0, leadDecay: 1, power: 1, crossLanguage: 1 };

test('identical articles score 1, articles with no stem in common score 0', () => {
  const a = doc(['flood villag river', 'rescu team boat']);
  const b = doc(['elect vote parliament']);
  const freq = stemFrequencies([a, b, doc(['other'])]);
  assert.ok(Math.abs(storySimilarity(a, a, freq, flat) - 1) < 1e-9);
  assert.equal(storySimilarity(a, b, freq, flat), 0);
});

test('a shared rare stem (a name) counts more than a shared common one', () => {
  const common = 'said';
  const collection = Array.from({ length: 20 }, (_, i) => doc([`${common} filler${i}`]));
  const query = doc([`${common} sukabumi quak`]);
  const sharesName = doc([`other sukabumi word`]);
  const sharesCommon = doc([`${common} other word`]);
  const freq = stemFrequencies([...collection, query, sharesName, sharesCommon]);
  assert.ok(storySimilarity(query, sharesName, freq, flat) > storySimilarity(query, sharesCommon, freq, flat));
});

test('with lead weighting, sharing the headline counts more than sharing a late sentence', () => {
  const base = ['quak town', 'a b', 'c d', 'e f', 'g h', 'stock market'];
  const a = doc(base);
  const sharesLead = doc(['quak town', 'x1 x2', 'x3 x4', 'x5 x6', 'x7 x8', 'y1 y2']);
  const sharesTail = doc(['y1 y2', 'x1 x2', 'x3 x4', 'x5 x6', 'x7 x8', 'stock market']);
  const freq = stemFrequencies([a, sharesLead, sharesTail]);
  const lead = { readings: 'all' as const, lead: 3, leadDecay: 1, power: 1, crossLanguage: 1 };
  assert.ok(storySimilarity(a, sharesLead, freq, lead) > storySimilarity(a, sharesTail, freq, lead));
  // Without the lead bonus the two are symmetric.
  assert.ok(Math.abs(storySimilarity(a, sharesLead, freq, flat) - storySimilarity(a, sharesTail, freq, flat)) < 1e-9);
});

test('a headline given apart from the text takes part as sentence 0', () => {
  const a = doc(['body one two'], { title: 'quak sukabumi' });
  const b = doc(['quak sukabumi', 'other words here']);
  const c = doc(['other words here']);
  const freq = stemFrequencies([a, b, c]);
  assert.ok(storySimilarity(a, b, freq, flat) > 0);
  assert.equal(storySimilarity(a, c, freq, flat), 0);
});

test('the cross-language scale applies only across languages and never passes 1', () => {
  const p = { readings: 'all' as const, lead: 0, leadDecay: 1, power: 1, crossLanguage: 2 };
  assert.equal(calibrateStoryCosine(0.3, true, p), 0.3);
  assert.equal(calibrateStoryCosine(0.3, false, p), 0.6);
  assert.equal(calibrateStoryCosine(0.8, false, p), 1);
  assert.ok(Math.abs(calibrateStoryCosine(0.25, true, { ...p, power: 0.5 }) - 0.5) < 1e-12);
  const en = doc(['flood villag'], { language: 'en' });
  const id = doc(['flood villag river boat'], { language: 'id' });
  const freq = stemFrequencies([en, id, doc(['x'])]);
  const same = storySimilarity(en, { ...id, language: 'en' }, freq, p);
  assert.ok(Math.abs(storySimilarity(en, id, freq, p) - Math.min(1, 2 * same)) < 1e-12);
});

test('toStoryText projects foreign text to English stems, with all readings or the first only', () => {
  const sentences = analyzeSentences('Banjir besar melanda desa di Sukabumi.', 'id');
  const all = toStoryText(sentences, 'id', 'Banjir di Sukabumi', 'all');
  const first = toStoryText(sentences, 'id', 'Banjir di Sukabumi', 'first');
  const flatAll = all.sentences.flatMap((s) => s.stems);
  const flatFirst = first.sentences.flatMap((s) => s.stems);
  assert.ok(flatAll.includes('flood'), `expected an English stem, got ${flatAll.join(' ')}`);
  assert.ok(flatAll.includes('sukabumi'));
  assert.ok(flatFirst.length < flatAll.length, 'first readings are fewer than all readings');
  assert.ok(flatFirst.every((t) => flatAll.includes(t)));
  assert.ok(all.titleStems.includes('sukabumi'));
  assert.equal(first.language, 'id');
});

test('ranked readings: all readings kept, later ones weighed down, and only first readings count for IDF', () => {
  const sentences = analyzeSentences('Banjir besar melanda desa di Sukabumi.', 'id');
  const all = toStoryText(sentences, 'id', undefined, 'all');
  const ranked = toStoryText(sentences, 'id', undefined, 'ranked');
  assert.deepEqual(ranked.sentences.map((s) => s.stems), all.sentences.map((s) => s.stems));
  const weights = ranked.sentences.flatMap((s) => s.weights ?? []);
  assert.ok(weights.some((w) => w < 1), 'some word has a later reading');
  assert.ok(weights.every((w) => w === 1 || w === LATER_READING_WEIGHT || w === LATER_READING_WEIGHT / 2));
  // A stem read only as a later sense counts its weight, against 1 for a first reading.
  const a: StoryText = { titleStems: [], sentences: [{ stems: ['state', 'case'], weights: [1, LATER_READING_WEIGHT] }], language: 'ar' };
  const freq = stemFrequencies([a, doc(['state']), doc(['case']), doc(['other'])]);
  assert.equal(freq.df.get('case'), 1, 'the later reading is not counted as the article using "case"');
  const p = { readings: 'ranked' as const, lead: 0, leadDecay: 1, power: 1, crossLanguage: 1 };
  const v = storyVector(a, freq, p);
  const idf = (t: string): number => Math.log((1 + freq.documents) / (1 + (freq.df.get(t) ?? 0)));
  assert.ok(Math.abs((v.get('state') ?? 0) - idf('state')) < 1e-12);
  assert.ok(Math.abs((v.get('case') ?? 0) - LATER_READING_WEIGHT * idf('case')) < 1e-12);
});
