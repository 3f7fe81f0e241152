// Compares pack variants: how many paraphrase swaps match, how many must-differ pairs and
// random word pairs of the example corpus match by accident, and how big the pack gets.
// Run: node --import tsx scripts/synonyms/measure-synonyms.ts [--cache DIR]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { stemmer } from '@orama/stemmers/english';
import { SHOULD_MATCH, SHOULD_NOT_MATCH } from './eval-pairs.js';
import { fetchWordnet } from './fetch-wordnet.js';
import { readExceptions, readWordnet } from './read-wordnet.js';
import { DEFAULT_SELECT_OPTIONS, selectConcepts, type SelectOptions, type StemConcepts } from './select-concepts.js';
import { toPack } from './to-pack.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VARIANTS: Record<string, Partial<SelectOptions>> = {
  'synsets only': { similarTo: false, verbHyponyms: false, nounHyponyms: false },
  '+similar-to': { verbHyponyms: false, nounHyponyms: false },
  '+similar-to +verb hyponyms': { nounHyponyms: false },
  '+similar-to +verb and noun hyponyms (default)': {},
  'default +derivational': { derivational: true },
  'default, hyponyms of senses with up to 15': { maxHyponyms: 15 },
  'default, hyponyms of senses with up to 100': { maxHyponyms: 100 },
  'default, 1 sense': { maxSenses: 1 },
  'default, 3 senses': { maxSenses: 3 },
};

function shares(concepts: StemConcepts, a: string, b: string): boolean {
  const sa = stemmer(a.toLowerCase());
  const sb = stemmer(b.toLowerCase());
  if (sa === sb) return true;
  const left = concepts.get(sa);
  const right = concepts.get(sb);
  if (left === undefined || right === undefined) return false;
  for (const key of left) if (right.has(key)) return true;
  return false;
}

function corpusStems(dir: string): string[] {
  const stems = new Set<string>();
  const walk = (path: string): void => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
    else if (/\.(txt|html?|md)$/i.test(path)) {
      for (const word of readFileSync(path, 'utf8').toLowerCase().match(/\p{L}{3,}/gu) ?? []) stems.add(stemmer(word));
    }
  };
  walk(dir);
  return [...stems].sort();
}

function main(): void {
  const at = process.argv.indexOf('--cache');
  const cacheDir = resolve(at >= 0 ? (process.argv[at + 1] ?? '') : join(tmpdir(), 'storytrace-wordnet'));
  const fetched = fetchWordnet(cacheDir);
  const wordnet = readWordnet(fetched.dictDir);
  const exceptions = readExceptions(fetched.dictDir);
  const vocabulary = corpusStems(join(ROOT, 'examples'));
  for (const [name, override] of Object.entries(VARIANTS)) {
    const concepts = selectConcepts(wordnet, exceptions, { ...DEFAULT_SELECT_OPTIONS, ...override });
    const hits = SHOULD_MATCH.filter(([a, b]) => shares(concepts, a, b));
    const accidents = SHOULD_NOT_MATCH.filter(([a, b]) => shares(concepts, a, b));
    let randomPairs = 0;
    let randomHits = 0;
    for (let i = 0; i < vocabulary.length; i += 1) {
      for (let j = i + 1; j < vocabulary.length; j += 1) {
        randomPairs += 1;
        if (shares(concepts, vocabulary[i] ?? '', vocabulary[j] ?? '')) randomHits += 1;
      }
    }
    const size = gzipSync(JSON.stringify(toPack(concepts, 'WordNet 3.0').pack), { level: 9 }).length;
    process.stdout.write(
      `${name}: swaps ${hits.length}/${SHOULD_MATCH.length}, must-differ ${accidents.length}/${SHOULD_NOT_MATCH.length}` +
        ` [${accidents.map((p) => p.join('~')).join(' ')}], random ${(randomHits / Math.max(1, randomPairs) * 1000).toFixed(2)}‰` +
        ` of ${randomPairs}, ${concepts.size} stems, ${(size / 1024).toFixed(0)} KiB\n`,
    );
    if (process.argv.includes('--misses')) {
      const missed = SHOULD_MATCH.filter(([a, b]) => !shares(concepts, a, b));
      process.stdout.write(`  missed: ${missed.map((p) => p.join('~')).join(' ')}\n`);
    }
  }
}

main();
