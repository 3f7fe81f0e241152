import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLexicon } from './lexicon.js';
import { loadLexicon } from './load-lexicon.js';
import { projectTokens, projectTokensRanked, projectionCoverage, INDEX_KEY_STEMS_PER_WORD } from './project.js';
import { foreignStopWords } from './foreign-stop-words.js';
import { normalizeForeign } from './normalize-foreign.js';

const words = (sentence: string): string[] => sentence.toLowerCase().match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];

// A hand-made lexicon: the rules of projection are tested apart from the shipped data.
const tiny = createLexicon({
  version: 1,
  lang: 'id',
  entries: { rumah: 'hous|home', 'rumah sakit': 'hospit', tulis: 'write', negara: 'countri|state', tiga: 'three', sungai: 'river' },
});

test('projectTokens: the longest phrase wins over its words', () => {
  assert.deepEqual(projectTokens(words('rumah sakit sungai'), 'id', tiny), ['hospit', 'river']);
});

test('projectTokens: affixes stripped, stop words dropped, names and numbers kept in order', () => {
  // "Budi menulis di rumahnya pada 2024" — Budi wrote at his house in 2024.
  assert.deepEqual(projectTokens(words('Budi menulis di rumahnya pada 2024'), 'id', tiny, { maxStemsPerWord: 3 }), ['budi', 'write', 'hous', 'home', '2024']);
});

test('projectTokens: every reading by default, the first only for index keys', () => {
  assert.deepEqual(projectTokens(words('Budi menulis di rumahnya'), 'id', tiny), ['budi', 'write', 'hous', 'home']);
  assert.equal(INDEX_KEY_STEMS_PER_WORD, 1);
  assert.deepEqual(projectTokens(words('Budi menulis di rumahnya'), 'id', tiny, { maxStemsPerWord: INDEX_KEY_STEMS_PER_WORD }), ['budi', 'write', 'hous']);
});

test('projectTokensRanked: each stem with its rank among its word\'s readings; names, numbers and phrases rank 0', () => {
  const tokens = words('Budi menulis di rumahnya 2024 rumah sakit negara');
  const ranked = projectTokensRanked(tokens, 'id', tiny);
  assert.deepEqual(ranked.stems, projectTokens(tokens, 'id', tiny));
  assert.deepEqual(ranked.stems, ['budi', 'write', 'hous', 'home', '2024', 'hospit', 'countri', 'state']);
  assert.deepEqual(ranked.ranks, [0, 0, 0, 1, 0, 0, 0, 1]);
  const capped = projectTokensRanked(tokens, 'id', tiny, { maxStemsPerWord: 1 });
  assert.deepEqual(capped.stems, projectTokens(tokens, 'id', tiny, { maxStemsPerWord: 1 }));
  assert.ok(capped.ranks.every((r) => r === 0));
});

test('projectTokens: reduplication reads as the word, number words survive the stop list', () => {
  assert.deepEqual(projectTokens(words('tiga negara-negara'), 'id', tiny), ['three', 'countri', 'state']);
});

test('projectTokens: unknown words can be dropped, and coverage counts them', () => {
  const tokens = words('Budi menulis di rumah');
  assert.deepEqual(projectTokens(tokens, 'id', tiny, { keepUnknown: false }), ['write', 'hous', 'home']);
  assert.equal(projectionCoverage(tokens, 'id', tiny), 2 / 3);
  assert.equal(projectionCoverage(words('dan yang di'), 'id', tiny), 0);
});

test('projectTokens: an elided article or a case suffix leaves the name', () => {
  const french = createLexicon({ version: 1, lang: 'fr', entries: { armée: 'armi' } });
  assert.deepEqual(projectTokens(["l'armée", "d'ankara"], 'fr', french), ['armi', 'ankara']);
  const turkish = createLexicon({ version: 1, lang: 'tr', entries: {} });
  assert.deepEqual(projectTokens(["ankara'da"], 'tr', turkish), ['ankara']);
});

test('projectTokens: an unknown word is kept in the English stem form the other side has', () => {
  const german = createLexicon({ version: 1, lang: 'de', entries: { zug: 'train' } });
  // English "Dunmore" and "NorthLine" stem to dunmor and northlin; kept as written they never met.
  assert.deepEqual(projectTokens(['zug', 'dunmore', 'northline'], 'de', german), ['train', 'dunmor', 'northlin']);
});

test('projectTokens: an unknown Cyrillic word is a name, spelt in Latin letters without its case ending', () => {
  const russian = createLexicon({ version: 1, lang: 'ru', entries: { поезд: 'train' } });
  // "поезд Келмаром Окафор" — train, (by) Kelmar, Okafor.
  assert.deepEqual(projectTokens(['поезд', 'келмаром', 'окафор'], 'ru', russian), ['train', 'kelmar', 'okafor']);
});

const id = loadLexicon('id');
const skip = id === undefined ? 'lexicon pack not built' : false;

test('projectTokens with the shipped pack: a defence-ministry sentence', { skip }, () => {
  assert.ok(id !== undefined);
  // "The defence minister said the attack destroyed three bridges."
  // All three readings: the pack's first reading of "menteri" is "secretary".
  const stems = projectTokens(words('Menteri pertahanan mengatakan serangan itu menghancurkan tiga jembatan'), 'id', id, { maxStemsPerWord: 3 });
  for (const stem of ['minist', 'defens', 'attack', 'three', 'bridg']) assert.ok(stems.includes(stem), `${stem} missing from ${stems.join(' ')}`);
  assert.ok(stems.includes('destroi') || stems.includes('crush') || stems.includes('break'), `no "destroy" sense in ${stems.join(' ')}`);
});

test('projectTokens with the shipped pack: names and numbers kept', { skip }, () => {
  assert.ok(id !== undefined);
  // "Police arrested 12 people in Surabaya on Monday."
  const stems = projectTokens(words('Polisi menangkap 12 orang di Surabaya pada hari Senin'), 'id', id, { maxStemsPerWord: 3 });
  assert.ok(stems.includes('polic'));
  assert.ok(stems.includes('12'));
  assert.ok(stems.includes('surabaya'));
  assert.ok(['arrest', 'catch', 'captur', 'grab'].some((stem) => stems.includes(stem)), stems.join(' '));
});

test('projectionCoverage with the shipped pack: a plain news sentence is mostly read', { skip }, () => {
  assert.ok(id !== undefined);
  // "Residents fled their houses after the river flooded the village."
  const coverage = projectionCoverage(words('Warga mengungsi dari rumah mereka setelah sungai membanjiri desa'), 'id', id);
  assert.ok(coverage >= 0.8, `coverage ${coverage}`);
});

test('projectTokens: a remembered word gives the same result under other options', () => {
  const lexicon = createLexicon({ version: 1, lang: 'id', entries: { rumah: 'hous|home', tulis: 'write' } });
  const sentence = words('Budi menulis di rumahnya');
  assert.deepEqual(projectTokens(sentence, 'id', lexicon), ['budi', 'write', 'hous', 'home']);
  // Same words again: now from the per-word memory, but options still apply.
  assert.deepEqual(projectTokens(sentence, 'id', lexicon, { keepUnknown: false }), ['write', 'hous', 'home']);
  assert.deepEqual(projectTokens(sentence, 'id', lexicon, { maxStemsPerWord: 1 }), ['budi', 'write', 'hous']);
  assert.deepEqual(projectTokens(sentence, 'id', lexicon, { stopWords: new Set(['budi']) }), ['write', 'di', 'hous', 'home']);
});

test('normalizeForeign: the Dutch ligature ĳ that dictionaries write is the digraph ij of running text', () => {
  assert.equal(normalizeForeign('vrĳheid', 'nl'), 'vrijheid');
  assert.equal(normalizeForeign('Vrijheid', 'nl'), 'vrijheid');
  // Only Dutch: another language keeps the letter.
  assert.equal(normalizeForeign('ĳ', 'de'), 'ĳ');
});

test('foreignStopWords: Arabic stop words are folded as running words are (vowel signs off)', () => {
  const stops = foreignStopWords('ar');
  for (const word of stops) assert.equal(normalizeForeign(word, 'ar'), word);
  assert.ok(stops.size > 100);
});

test('a compound read part by part keeps the first reading of each part under maxStemsPerWord', () => {
  const lexicon = loadLexicon('fr');
  assert.ok(lexicon);
  const one = projectTokens(['porte-avion'], 'fr', lexicon, { maxStemsPerWord: 1 });
  const parts = ['porte', 'avion'].map((w) => projectTokens([w], 'fr', lexicon, { maxStemsPerWord: 1 }));
  assert.ok(parts.every((p) => p.length === 1), JSON.stringify(parts));
  assert.deepEqual(one, parts.flat());
});

test('projectTokens: phrase lengths bounded by the first two words find every phrase the unbounded search finds', () => {
  const lexicon = createLexicon({
    version: 1,
    lang: 'id',
    entries: {
      rumah: 'hous', sakit: 'ill', jiwa: 'soul', besar: 'big', kota: 'citi', 'rumah sakit': 'hospit', 'rumah sakit jiwa': 'asylum',
      'rumah besar kota tua': 'manor', 'kota besar': 'metropoli', 'besar sekali': 'huge', 'sakit kepala besar sekali': 'migrain',
    },
  });
  // The same lexicon, but every phrase length up to the longest is tried after any pair of words.
  const unbounded = { ...lexicon, longestPhraseFromPair: (): number => lexicon.maxPhraseWords };
  const vocabulary = ['rumah', 'sakit', 'jiwa', 'besar', 'kota', 'tua', 'sekali', 'kepala', 'di'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }), (tokens) => {
    assert.deepEqual(projectTokens(tokens, 'id', lexicon), projectTokens(tokens, 'id', unbounded));
  }), { numRuns: 2000 });
  assert.deepEqual(projectTokens(words('rumah besar kota tua di rumah sakit jiwa'), 'id', lexicon), ['manor', 'asylum']);
});
